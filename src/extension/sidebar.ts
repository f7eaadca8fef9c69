import * as vscode from 'vscode';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../core';
import { EntityTreeProvider, type EntitySort, type EntityTreeNode } from './entity-tree';
import { entityAtCursor } from './mentions';
import { TYPE_LABEL, type Services } from './services';

export interface Sidebar {
  provider: EntityTreeProvider;
  view: vscode.TreeView<EntityTreeNode>;
  reveal(id: string): Promise<boolean>;
}

/** The Entities view in Sorot's activity-bar container, with its title-bar actions. */
export function activate(context: vscode.ExtensionContext, services: Services): Sidebar {
  const provider = new EntityTreeProvider(services);
  const view = vscode.window.createTreeView('sorot.entities', { treeDataProvider: provider, showCollapseAll: true });

  const describeFilter = () => {
    const hidden = ENTITY_TYPES.length - provider.types.length;
    view.description = hidden > 0 ? provider.types.map((type) => TYPE_LABEL[type]).join(', ') : undefined;
  };
  const setSort = (sort: EntitySort) => {
    provider.sort = sort;
    void vscode.commands.executeCommand('setContext', 'sorot.entitiesSort', sort);
  };

  const reveal = async (id: string): Promise<boolean> => {
    let node = provider.nodeOf(id);
    if (!node) {
      const type = services.index.entity(id)?.type;
      if (!type) return false;
      // The person asked for this entity: show its type again rather than failing silently.
      provider.types = [...provider.types, type];
      describeFilter();
      node = provider.nodeOf(id);
    }
    if (!node) return false;
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };

  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand('sorot.entities.sortByName', () => setSort('name')),
    vscode.commands.registerCommand('sorot.entities.sortByCount', () => setSort('count')),
    vscode.commands.registerCommand('sorot.entities.showMore', (type: unknown) => {
      if (isEntityType(type)) provider.showMore(type);
    }),
    // Tests and keybindings may pass the types; otherwise ask.
    vscode.commands.registerCommand('sorot.entities.filterTypes', async (types?: unknown) => {
      let chosen: readonly EntityType[] | undefined = Array.isArray(types) ? types.filter(isEntityType) : undefined;
      if (!chosen) {
        const picks = await vscode.window.showQuickPick(
          ENTITY_TYPES.map((type) => ({ label: TYPE_LABEL[type], type, picked: provider.types.includes(type) })),
          { canPickMany: true, title: 'Entity types to show in the Entities view' },
        );
        chosen = picks?.map((pick) => pick.type);
      }
      if (!chosen) return;
      provider.types = chosen;
      describeFilter();
    }),
    vscode.commands.registerCommand('sorot.revealEntity', async (id?: unknown) => {
      const target = typeof id === 'string' ? id : entityAtCursor(services)?.entity.id;
      if (!target) {
        void vscode.window.showInformationMessage('Sorot: place the cursor on a highlighted name to reveal it in the Entities view.');
        return false;
      }
      const found = await reveal(target);
      if (!found) void vscode.window.showInformationMessage('Sorot: this entity is not in the indexed articles of the workspace.');
      return found;
    }),
  );
  void vscode.commands.executeCommand('setContext', 'sorot.entitiesSort', provider.sort);
  return { provider, view, reveal };
}
