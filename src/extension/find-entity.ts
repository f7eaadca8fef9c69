import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { EntitySummary } from '../core';
import { openMention, showMentions } from './mentions';
import { TYPE_LABEL, type Services } from './services';

interface EntityPick extends vscode.QuickPickItem {
  entity: EntitySummary;
}

interface Searchable {
  entity: EntitySummary;
  name: string;
  aliases: string[];
}

/** Fuzzy search over the names and aliases of every entity in the workspace index. */
export class EntitySearch implements vscode.Disposable {
  private fuse?: Fuse<Searchable>;
  private builtFor = -1;
  private changes = 0;
  private readonly subscriptions: Array<() => void>;

  constructor(private readonly services: Services) {
    // Rebuilt lazily on the next search, not on every change: indexing changes thousands of times.
    const kbListener = services.knowledgeBase.onDidChange(() => this.changes++);
    this.subscriptions = [services.index.onDidChange(() => this.changes++), () => kbListener.dispose()];
  }

  dispose(): void {
    for (const unsubscribe of this.subscriptions) unsubscribe();
  }

  private searchable(): Fuse<Searchable> {
    if (this.fuse && this.builtFor === this.changes) return this.fuse;
    const kb = this.services.knowledgeBase.current;
    const items = this.services.index.entities().map((entity) => {
      const entry = kb.get(entity.id);
      return { entity, name: entity.name, aliases: entry ? kb.surfaces(entry) : [] };
    });
    // Names weigh more than aliases; a threshold of 0.35 forgives a typo or two in a name.
    this.fuse = new Fuse(items, { keys: [{ name: 'name', weight: 2 }, { name: 'aliases', weight: 1 }], threshold: 0.35, ignoreLocation: true });
    this.builtFor = this.changes;
    return this.fuse;
  }

  /** Best matches first; an empty query lists the most mentioned entities. */
  search(query: string, limit = 100): EntitySummary[] {
    if (query.trim() === '') return this.services.index.entities().slice(0, limit);
    return this.searchable().search(query, { limit }).map((result) => result.item.entity);
  }
}

function toPick(entity: EntitySummary): EntityPick {
  const articles = `${entity.fileCount} ${entity.fileCount === 1 ? 'article' : 'articles'}`;
  // alwaysShow: fuse.js already filtered these; the quick pick's own filter must not hide aliases' hits.
  return { label: entity.name, description: `${TYPE_LABEL[entity.type]} · ${entity.mentionCount} mentions in ${articles}`, entity, alwaysShow: true };
}

async function jumpTo(services: Services, entity: EntitySummary): Promise<void> {
  const first = services.index.occurrences(entity.id)[0];
  if (!first) return;
  await openMention(first.file, first.mention.start, first.mention.end);
  if (entity.mentionCount > 1) await showMentions(services, entity.id);
}

/**
 * "Sorot: Find Entity". With a string argument (keybindings, tests) it jumps to the best
 * match without asking; it returns the id of the entity it jumped to.
 */
export function activate(context: vscode.ExtensionContext, services: Services): EntitySearch {
  const search = new EntitySearch(services);
  context.subscriptions.push(
    search,
    vscode.commands.registerCommand('sorot.findEntity', async (query?: unknown) => {
      if (typeof query === 'string') {
        const best = search.search(query, 1)[0];
        if (best) await jumpTo(services, best);
        return best?.id;
      }
      const picker = vscode.window.createQuickPick<EntityPick>();
      picker.title = 'Find Entity';
      picker.placeholder = services.index.entityCount > 0 ? 'Name or alias of a leader, country, organization…' : 'No entities indexed yet';
      picker.items = search.search('').map(toPick);
      picker.onDidChangeValue((value) => (picker.items = search.search(value).map(toPick)));
      const chosen = await new Promise<EntitySummary | undefined>((resolve) => {
        picker.onDidAccept(() => resolve(picker.selectedItems[0]?.entity));
        picker.onDidHide(() => resolve(undefined));
        picker.show();
      });
      picker.dispose();
      if (chosen) await jumpTo(services, chosen);
      return chosen?.id;
    }),
  );
  return search;
}
