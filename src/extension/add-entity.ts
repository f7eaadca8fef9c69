import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import { describeError, reportError } from './log';
import { anchorDecision, isEntityType, slugify, writeAtomic, type EntityType, type KbEntry } from '../core';
import { EntityCatalog, pickEntity, pickType, type EntityChoice } from './entity-picker';
import type { Services } from './services';
import { workspaceStorage } from './storage';

export const ENTITIES_FILE = '.sorot/entities.json';
const PREFIX: Record<EntityType, string> = { LEADER: 'leader', PERSON: 'person', ORGANIZATION: 'org', PLACE: 'place', COUNTRY: 'country' };

/** Arguments for tests and keybindings; anything missing is asked for. */
export interface AddEntityArgs {
  type?: EntityType;
  name?: string;
  description?: string;
  /** ISO 3166-1 alpha-2, for a COUNTRY. */
  code?: string;
}

export interface AddEntityResult {
  id: string;
  name: string;
  created: boolean;
  mentions: number;
  articles: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Appends an entry to the JSON array in `text`, leaving the rest of the file as it was. */
export function appendEntry(text: string | undefined, entry: KbEntry): string {
  const source = text && text.trim() ? text : '[]\n';
  const errors: ParseError[] = [];
  const parsed = parse(source.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0) throw new Error(`${ENTITIES_FILE} is not valid JSON: fix the problems shown for it first`);
  if (!Array.isArray(parsed)) throw new Error(`${ENTITIES_FILE} must hold a JSON array`);
  const edits = modify(source, [parsed.length], entry, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return applyEdits(source, edits);
}

/**
 * "Sorot: Add Selection as Entity…": a new entry in `.sorot/entities.json` (or a link to an
 * existing entity), an `add` decision for the selected text everywhere, and a report of how
 * many mentions the workspace now has.
 */
export async function addSelectionAsEntity(services: Services, catalog: EntityCatalog, args: AddEntityArgs = {}): Promise<AddEntityResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  const storage = workspaceStorage();
  if (!editor || editor.selection.isEmpty || !storage) {
    void vscode.window.showInformationMessage('Sorot: select a name in an article of the open folder to add it as an entity.');
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    void reportError(`Sorot does not write ${ENTITIES_FILE} in Restricted Mode. Trust the workspace to add entities.`, {
      'Manage Workspace Trust': () => vscode.commands.executeCommand('workbench.trust.manage'),
    }, 'warn');
    return undefined;
  }
  const document = editor.document;
  const span = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  const selected = document.getText(editor.selection).trim();
  if (!selected || /\n/.test(selected)) {
    void vscode.window.showInformationMessage('Sorot: select a name on one line.');
    return undefined;
  }
  const type = isEntityType(args.type) ? args.type : await pickType(`Type of “${selected}”`);
  if (!type) return undefined;
  const named = args.name ?? (await pickEntity(catalog, { title: `Canonical name of “${selected}”`, initial: selected, allowNew: true }));
  if (!named) return undefined;

  let entity: EntityChoice | undefined = typeof named === 'string' ? undefined : named;
  let created = false;
  if (typeof named === 'string') {
    const name = named.trim();
    let id: string;
    if (type === 'COUNTRY') {
      const code = args.code ?? (await vscode.window.showInputBox({ title: `ISO 3166-1 alpha-2 code of ${name}`, validateInput: (v) => (/^[A-Za-z]{2}$/.test(v.trim()) ? undefined : 'Two letters, e.g. ID') }));
      if (!code) return undefined;
      id = `country:${code.trim().toUpperCase()}`;
    } else {
      id = `${PREFIX[type]}:${slugify(name)}`;
    }
    entity = catalog.get(id);
    if (!entity) {
      const description = args.description ?? (await vscode.window.showInputBox({ title: `Description of ${name} (optional)`, placeHolder: 'One short English line: office, what the body is' }));
      if (description === undefined) return undefined;
      const entry: KbEntry = { id, type, name, ...(selected !== name ? { aliases: [selected] } : {}), ...(description.trim() ? { description: description.trim() } : {}) } as KbEntry;
      try {
        const content = appendEntry(await storage.read(ENTITIES_FILE), entry);
        await writeAtomic(storage, ENTITIES_FILE, content);
      } catch (error) {
        void reportError(`Sorot could not add ${name} to ${ENTITIES_FILE}: ${describeError(error)}. Fix the file (see the Problems panel) or check that the folder is writable.`, { [`Open ${ENTITIES_FILE}`]: () => vscode.window.showTextDocument(storage.uri(ENTITIES_FILE)) });
        return undefined;
      }
      await services.knowledgeBase.reloadFile(storage.uri(ENTITIES_FILE));
      entity = { id, name, type };
      created = true;
    }
  }
  // The decision holds the selected text as this entity even where the rules disagree.
  const decision = anchorDecision(document.getText(), span, { action: 'add', scope: 'workspace', type: entity!.type, entity: { id: entity!.id, name: entity!.name } });
  decision.text = selected;
  await services.decisions.add(decision);
  await services.indexer.whenIdle();
  const summary = services.index.entity(entity!.id);
  const result = { id: entity!.id, name: entity!.name, created, mentions: summary?.mentionCount ?? 0, articles: summary?.fileCount ?? 0 };
  void vscode.window.showInformationMessage(
    `${created ? 'Added' : 'Linked to'} ${result.name}: ${plural(result.mentions, 'mention')} in ${plural(result.articles, 'article')}.`,
  );
  return result;
}

export function activate(context: vscode.ExtensionContext, services: Services, catalog: EntityCatalog): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.addEntity', (args?: AddEntityArgs) => addSelectionAsEntity(services, catalog, typeof args === 'object' && args ? args : {})),
  );
}
