import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../core';
import { TYPE_LABEL, type Services } from './services';
import { readText } from './workspace-files';

export type EntitySort = 'count' | 'name';

/** Entities listed per type before a "Show more" row: keeps 10,000 entities responsive. */
export const PAGE_SIZE = 200;
const REFRESH_DEBOUNCE_MS = 200;
const PREVIEW_CONTEXT = 40;

export type EntityTreeNode =
  | { kind: 'type'; type: EntityType }
  | { kind: 'entity'; id: string; type: EntityType }
  | { kind: 'more'; type: EntityType; remaining: number }
  | { kind: 'article'; id: string; file: string; count: number }
  | { kind: 'mention'; id: string; file: string; start: number; end: number; line: number; preview: string; highlight: [number, number] };

const TYPE_PLURAL: Record<EntityType, string> = {
  LEADER: 'Leaders',
  COUNTRY: 'Countries',
  ORGANIZATION: 'Organizations',
  PERSON: 'People',
  PLACE: 'Places',
};

const TYPE_ICON: Record<EntityType, string> = {
  LEADER: 'person',
  COUNTRY: 'globe',
  ORGANIZATION: 'organization',
  PERSON: 'account',
  PLACE: 'location',
};

/** A line of the article around a mention, trimmed so the mention stays visible. */
export function previewOf(text: string, start: number, end: number): { preview: string; highlight: [number, number] } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  const from = Math.max(lineStart, start - PREVIEW_CONTEXT);
  const to = Math.min(lineEnd, end + PREVIEW_CONTEXT);
  const before = (from > lineStart ? '…' : '') + text.slice(from, start).replace(/^\s+/, '');
  const after = text.slice(end, to).replace(/[\s\r]+$/, '') + (to < lineEnd ? '…' : '');
  return { preview: before + text.slice(start, end) + after, highlight: [before.length, before.length + end - start] };
}

/**
 * The Entities view: type → entity → article → mention. Children are computed only when a
 * node is expanded, and node objects are kept per id because `TreeView.reveal` finds
 * elements by identity.
 */
export class EntityTreeProvider implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly typeNodes = new Map(ENTITY_TYPES.map((type) => [type, { kind: 'type', type } as EntityTreeNode]));
  private entityNodes = new Map<string, EntityTreeNode>();
  private readonly pages = new Map<EntityType, number>();
  private sortOrder: EntitySort = 'count';
  private shownTypes: readonly EntityType[] = ENTITY_TYPES;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private readonly unsubscribe: () => void;

  constructor(private readonly services: Services) {
    this.unsubscribe = services.index.onDidChange(() => this.scheduleRefresh());
  }

  get sort(): EntitySort {
    return this.sortOrder;
  }

  set sort(value: EntitySort) {
    this.sortOrder = value;
    this.refresh();
  }

  get types(): readonly EntityType[] {
    return this.shownTypes;
  }

  set types(value: readonly EntityType[]) {
    this.shownTypes = ENTITY_TYPES.filter((type) => value.includes(type));
    this.refresh();
  }

  /** Many files change at once while indexing: redraw once they settle. */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.entityNodes = new Map();
    this.changed.fire(undefined);
  }

  showMore(type: EntityType): void {
    this.pages.set(type, (this.pages.get(type) ?? PAGE_SIZE) + PAGE_SIZE);
    this.changed.fire(this.typeNodes.get(type));
  }

  private sorted(type: EntityType): EntitySummary[] {
    const entities = this.services.index.entities([type]);
    if (this.sortOrder === 'name') entities.sort((a, b) => a.name.localeCompare(b.name));
    return entities;
  }

  private entityNode(id: string, type: EntityType): EntityTreeNode {
    let node = this.entityNodes.get(id);
    if (!node) this.entityNodes.set(id, (node = { kind: 'entity', id, type }));
    return node;
  }

  /** The node of an entity, paging further if it is not yet listed, or undefined if filtered out. */
  nodeOf(id: string): EntityTreeNode | undefined {
    const summary = this.services.index.entity(id);
    if (!summary || !this.shownTypes.includes(summary.type)) return undefined;
    const position = this.sorted(summary.type).findIndex((entity) => entity.id === id);
    const page = this.pages.get(summary.type) ?? PAGE_SIZE;
    if (position >= page) this.pages.set(summary.type, Math.ceil((position + 1) / PAGE_SIZE) * PAGE_SIZE);
    return this.entityNode(id, summary.type);
  }

  getParent(node: EntityTreeNode): EntityTreeNode | undefined {
    switch (node.kind) {
      case 'type':
        return undefined;
      case 'entity':
      case 'more':
        return this.typeNodes.get(node.type);
      case 'article':
      case 'mention': {
        const type = this.services.index.entity(node.id)?.type;
        return type && this.entityNode(node.id, type);
      }
    }
  }

  async getChildren(node?: EntityTreeNode): Promise<EntityTreeNode[]> {
    const { index } = this.services;
    if (!node) {
      if (index.entityCount === 0) return []; // lets the welcome view show
      return this.shownTypes.filter((type) => index.entities([type]).length > 0).map((type) => this.typeNodes.get(type)!);
    }
    switch (node.kind) {
      case 'type': {
        const entities = this.sorted(node.type);
        const page = this.pages.get(node.type) ?? PAGE_SIZE;
        const nodes = entities.slice(0, page).map((entity) => this.entityNode(entity.id, entity.type));
        if (entities.length > page) nodes.push({ kind: 'more', type: node.type, remaining: entities.length - page });
        return nodes;
      }
      case 'entity':
        return index.filesOf(node.id).map(({ file, count }) => ({ kind: 'article', id: node.id, file, count }));
      case 'article':
        return this.mentionNodes(node.id, node.file);
      default:
        return [];
    }
  }

  private async mentionNodes(id: string, file: string): Promise<EntityTreeNode[]> {
    const { index, indexer } = this.services;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file);
    let text: string;
    try {
      text = open ? open.getText() : await readText(vscode.Uri.parse(file));
    } catch {
      return []; // Deleted since it was indexed; the watcher removes it next.
    }
    const lineMap = indexer.lineMapOf(file);
    return index.mentionsIn(file).filter((mention) => mention.entity.id === id).map((mention) => ({
      kind: 'mention',
      id,
      file,
      start: mention.start,
      end: mention.end,
      line: (lineMap?.positionAt(mention.start).line ?? 0) + 1,
      ...previewOf(text, mention.start, mention.end),
    }));
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    const { index } = this.services;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(TYPE_PLURAL[node.type], node.type === 'PERSON' || node.type === 'PLACE' ? Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.id = `type:${node.type}`;
        item.description = String(index.entities([node.type]).length);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[node.type]);
        item.contextValue = 'sorot.type';
        return item;
      }
      case 'entity': {
        const summary = index.entity(node.id);
        const item = new vscode.TreeItem(summary?.name ?? node.id, Collapsed);
        item.id = `entity:${node.id}`;
        const mentions = summary?.mentionCount ?? 0;
        const articles = summary?.fileCount ?? 0;
        // Short enough for a narrow sidebar; the tooltip spells it out.
        item.description = `${mentions} in ${articles} ${articles === 1 ? 'article' : 'articles'}`;
        item.tooltip = `${summary?.name ?? node.id} (${TYPE_LABEL[node.type]}): ${mentions} mentions in ${articles} articles`;
        item.contextValue = 'sorot.entity';
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(`Show ${Math.min(PAGE_SIZE, node.remaining)} more (${node.remaining} not shown)`);
        item.id = `more:${node.type}`;
        item.command = { command: 'sorot.entities.showMore', title: 'Show More', arguments: [node.type] };
        return item;
      }
      case 'article': {
        const uri = vscode.Uri.parse(node.file);
        const item = new vscode.TreeItem(uri, Collapsed);
        item.id = `article:${node.id}:${node.file}`;
        item.description = `${node.count} ${node.count === 1 ? 'mention' : 'mentions'} · ${vscode.workspace.asRelativePath(uri, true)}`;
        item.contextValue = 'sorot.article';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem({ label: node.preview, highlights: [node.highlight] });
        item.id = `mention:${node.id}:${node.file}:${node.start}`;
        item.description = `line ${node.line}`;
        item.command = { command: 'sorot.openMention', title: 'Open Mention', arguments: [node.file, node.start, node.end] };
        item.contextValue = 'sorot.mention';
        return item;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.unsubscribe();
    this.changed.dispose();
  }
}
