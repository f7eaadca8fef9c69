import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { EntityRef, EntityType, KbEntry } from '../core';
import { TYPE_LABEL, type Services } from './services';

export interface EntityChoice extends EntityRef {
  type: EntityType;
}

interface Searchable extends EntityChoice {
  aliases: string[];
}

interface ChoicePick extends vscode.QuickPickItem {
  choice?: EntityChoice;
}

/**
 * Fuzzy search (fuse.js) over every entity a mention could be linked to: the knowledge base
 * (bundled and the workspace's own) and entities that exist only through decisions.
 */
export class EntityCatalog {
  private fuse?: Fuse<Searchable>;
  private builtFor = '';

  constructor(private readonly services: Services) {}

  private searchable(): Fuse<Searchable> {
    const key = `${this.services.knowledgeBase.generation}/${this.services.decisions.generation}`;
    if (this.fuse && this.builtFor === key) return this.fuse;
    const kb = this.services.knowledgeBase.current;
    const items = new Map<string, Searchable>();
    for (const entry of kb.entries as Iterable<KbEntry>) items.set(entry.id, { id: entry.id, name: entry.name, type: entry.type, aliases: kb.surfaces(entry) });
    for (const entity of this.services.index.entities()) {
      if (!items.has(entity.id) && entity.id) items.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: [] });
    }
    this.fuse = new Fuse([...items.values()], { keys: [{ name: 'name', weight: 2 }, { name: 'aliases', weight: 1 }], threshold: 0.35, ignoreLocation: true });
    this.builtFor = key;
    return this.fuse;
  }

  search(query: string, limit = 50): EntityChoice[] {
    if (query.trim() === '') return [];
    return this.searchable().search(query, { limit }).map(({ item }) => ({ id: item.id, name: item.name, type: item.type }));
  }

  /** An entity by id from the knowledge base or the index. */
  get(id: string): EntityChoice | undefined {
    const entry = this.services.knowledgeBase.current.get(id);
    if (entry) return { id: entry.id, name: entry.name, type: entry.type };
    const summary = this.services.index.entity(id);
    return summary ? { id, name: summary.name, type: summary.type } : undefined;
  }
}

function toPick(choice: EntityChoice): ChoicePick {
  return { label: choice.name, description: `${TYPE_LABEL[choice.type]} · ${choice.id}`, choice, alwaysShow: true };
}

/**
 * A quick pick of entities, starting from `initial`. With `allowNew`, the typed text can be
 * chosen as a new name: the result is then a string.
 */
export async function pickEntity(catalog: EntityCatalog, options: { title: string; initial: string; allowNew?: boolean }): Promise<EntityChoice | string | undefined> {
  const picker = vscode.window.createQuickPick<ChoicePick>();
  picker.title = options.title;
  picker.placeholder = options.allowNew ? 'Canonical name (pick an existing entity to link to it instead)' : 'Name or alias of an entity';
  picker.value = options.initial;
  const update = (value: string) => {
    const found = catalog.search(value).map(toPick);
    const fresh: ChoicePick[] = options.allowNew && value.trim() ? [{ label: value.trim(), description: 'New entity', alwaysShow: true }] : [];
    picker.items = [...fresh, ...found];
  };
  update(options.initial);
  picker.onDidChangeValue(update);
  const chosen = await new Promise<ChoicePick | undefined>((resolve) => {
    picker.onDidAccept(() => resolve(picker.selectedItems[0]));
    picker.onDidHide(() => resolve(undefined));
    picker.show();
  });
  picker.dispose();
  if (!chosen) return undefined;
  return chosen.choice ?? chosen.label;
}

export async function pickType(title: string, current?: EntityType): Promise<EntityType | undefined> {
  const types = Object.keys(TYPE_LABEL) as EntityType[];
  const pick = await vscode.window.showQuickPick(
    types.map((type) => ({ label: TYPE_LABEL[type], description: type === current ? 'current' : undefined, type })),
    { title },
  );
  return pick?.type;
}
