import * as vscode from 'vscode';
import { fold, type EntityType, type Mention } from '../core';
import { mentionLocations } from './mentions';
import { locationOf, TYPE_LABEL, type Services } from './services';

const SYMBOL_KIND: Record<EntityType, vscode.SymbolKind> = {
  LEADER: vscode.SymbolKind.Constructor,
  PERSON: vscode.SymbolKind.Object,
  COUNTRY: vscode.SymbolKind.Namespace,
  ORGANIZATION: vscode.SymbolKind.Class,
  PLACE: vscode.SymbolKind.Field,
};

/** Find All References on a name: every mention of its entity in the workspace. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly services: Services) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    if (!this.services.config.appliesTo(document)) return undefined;
    const mention = this.services.documents.mentionAt(document, position);
    if (!mention) return undefined;
    const locations = mentionLocations(this.services, mention.entity.id);
    // An article outside the index (an untitled draft) still lists its own mentions.
    if (!this.services.index.has(document.uri.toString())) {
      for (const own of this.services.documents.mentionsOf(document)) {
        if (own.entity.id === mention.entity.id) locations.push(new vscode.Location(document.uri, new vscode.Range(document.positionAt(own.start), document.positionAt(own.end))));
      }
    }
    return locations;
  }
}

/** The Outline of an article: its entities in order of first mention, each with its mentions. */
export class EntityDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly services: Services) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!this.services.config.appliesTo(document)) return [];
    const byEntity = new Map<string, Mention[]>();
    for (const mention of this.services.documents.mentionsOf(document)) {
      const list = byEntity.get(mention.entity.id);
      if (list) list.push(mention);
      else byEntity.set(mention.entity.id, [mention]);
    }
    const rangeOf = (mention: Mention) => new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
    return [...byEntity.values()].map((mentions) => {
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      const detail = `${TYPE_LABEL[first.type]} · ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}`;
      const symbol = new vscode.DocumentSymbol(first.entity.name, detail, SYMBOL_KIND[first.type], new vscode.Range(rangeOf(first).start, rangeOf(last).end), rangeOf(first));
      symbol.children = mentions.map((mention) => {
        const line = document.positionAt(mention.start).line + 1;
        return new vscode.DocumentSymbol(mention.text, `line ${line}`, SYMBOL_KIND[mention.type], rangeOf(mention), rangeOf(mention));
      });
      return symbol;
    });
  }
}

/** Whether the letters of `query` appear in order in `text`, the way Go to Symbol matches. */
function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const char of text) if (char === query[at]) at++;
  return at === query.length;
}

/** Go to Symbol in Workspace: entities by name or alias, located at their first mention. */
export class EntityWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly services: Services) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const { index, knowledgeBase } = this.services;
    const kb = knowledgeBase.current;
    const wanted = fold(query.replace(/\s+/g, ''));
    const out: vscode.SymbolInformation[] = [];
    for (const entity of index.entities()) {
      const entry = kb.get(entity.id);
      const names = entry ? kb.surfaces(entry) : [entity.name];
      if (!names.some((name) => isSubsequence(wanted, fold(name.replace(/\s+/g, ''))))) continue;
      const first = index.occurrences(entity.id)[0];
      if (!first) continue;
      out.push(new vscode.SymbolInformation(entity.name, SYMBOL_KIND[entity.type], `${TYPE_LABEL[entity.type]} · ${entity.mentionCount} mentions`, locationOf(this.services, first.file, first.mention)));
      if (out.length >= 500) break;
    }
    return out;
  }
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider('*', new EntityReferenceProvider(services)),
    vscode.languages.registerDocumentSymbolProvider('*', new EntityDocumentSymbolProvider(services), { label: 'Sorot entities' }),
    vscode.languages.registerWorkspaceSymbolProvider(new EntityWorkspaceSymbolProvider(services)),
  );
}
