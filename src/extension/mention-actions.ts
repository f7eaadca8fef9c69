import * as vscode from 'vscode';
import { anchorDecision, isEntityType, type Decision, type DecisionScope, type EntityType, type Mention } from '../core';
import { EntityCatalog, pickEntity, pickType } from './entity-picker';
import { TYPE_LABEL, type Services } from './services';
import { relativePath } from './storage';

/** Commands that record a decision about a mention; hovers and code actions may run them. */
export const DECISION_COMMANDS = ['sorot.acceptMention', 'sorot.rejectMention', 'sorot.changeType', 'sorot.linkMention', 'sorot.applyToAll'];

interface Target {
  document: vscode.TextDocument;
  file: string;
  start: number;
  end: number;
  mention?: Mention;
}

const SCOPES: readonly DecisionScope[] = ['mention', 'file', 'workspace'];
const isScope = (value: unknown): value is DecisionScope => SCOPES.includes(value as DecisionScope);
const SCOPE_LABEL: Record<DecisionScope, string> = { mention: 'here', file: 'in this article', workspace: 'in the workspace' };

/**
 * What a command acts on: the arguments (document URI and offsets, from hovers, code actions
 * and tests), else the selection of the active editor, else the mention or word at the cursor.
 */
async function resolveTarget(services: Services, uri?: unknown, start?: unknown, end?: unknown): Promise<Target | undefined> {
  let document: vscode.TextDocument | undefined;
  let from: number | undefined;
  let to: number | undefined;
  if (typeof uri === 'string' && typeof start === 'number' && typeof end === 'number') {
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    [from, to] = [start, end];
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    document = editor.document;
    const mention = services.documents.mentionAt(document, editor.selection.active);
    const range = !editor.selection.isEmpty ? editor.selection : mention ? undefined : document.getWordRangeAtPosition(editor.selection.active);
    if (range) [from, to] = [document.offsetAt(range.start), document.offsetAt(range.end)];
    else if (mention) [from, to] = [mention.start, mention.end];
  }
  if (from === undefined || to === undefined || from >= to) return undefined;
  if (!vscode.workspace.getWorkspaceFolder(document.uri)) {
    void vscode.window.showWarningMessage('Sorot: decisions are kept per workspace; this document is not in the workspace folder.');
    return undefined;
  }
  const mention = services.documents.mentionsOf(document).find((m) => m.start === from && m.end === to);
  return { document, file: relativePath(document.uri), start: from, end: to, mention };
}

async function askScope(scope: unknown): Promise<DecisionScope | undefined> {
  if (isScope(scope)) return scope;
  const pick = await vscode.window.showQuickPick(
    (['file', 'workspace'] as const).map((value) => ({ label: value === 'file' ? 'Every occurrence in this article' : 'Every occurrence in the workspace', value })),
    { title: 'Apply to all occurrences' },
  );
  return pick?.value;
}

export class MentionActions {
  readonly catalog: EntityCatalog;

  constructor(private readonly services: Services) {
    this.catalog = new EntityCatalog(services);
  }

  private async record(target: Target, decision: Omit<Decision, 'text' | 'start' | 'before' | 'after' | 'time'>): Promise<Decision | undefined> {
    const full = anchorDecision(target.document.getText(), target, { ...decision, file: decision.scope === 'workspace' ? undefined : target.file });
    const saved = await this.services.decisions.add(full);
    if (saved) vscode.window.setStatusBarMessage(`Sorot: ${full.action} “${full.text}” ${SCOPE_LABEL[full.scope]}`, 3000);
    return full;
  }

  async accept(uri?: unknown, start?: unknown, end?: unknown, scope?: unknown): Promise<Decision | undefined> {
    const target = await resolveTarget(this.services, uri, start, end);
    if (!target?.mention) return this.nothing('accept');
    return this.record(target, { action: 'accept', scope: isScope(scope) ? scope : 'mention' });
  }

  async reject(uri?: unknown, start?: unknown, end?: unknown, scope?: unknown): Promise<Decision | undefined> {
    const target = await resolveTarget(this.services, uri, start, end);
    if (!target?.mention) return this.nothing('reject');
    return this.record(target, { action: 'reject', scope: isScope(scope) ? scope : 'mention' });
  }

  async changeType(uri?: unknown, start?: unknown, end?: unknown, scope?: unknown, type?: unknown): Promise<Decision | undefined> {
    const target = await resolveTarget(this.services, uri, start, end);
    if (!target?.mention) return this.nothing('change the type of');
    const chosen: EntityType | undefined = isEntityType(type) ? type : await pickType(`Type of “${target.mention.text}”`, target.mention.type);
    if (!chosen) return undefined;
    return this.record(target, { action: 'retype', scope: isScope(scope) ? scope : 'mention', type: chosen });
  }

  /** Links the mention (or selected text) to another entity: `Xi` → Xi Jinping. */
  async link(uri?: unknown, start?: unknown, end?: unknown, scope?: unknown, entityId?: unknown): Promise<Decision | undefined> {
    const target = await resolveTarget(this.services, uri, start, end);
    if (!target) return this.nothing('link');
    const text = target.document.getText().slice(target.start, target.end);
    const chosen = typeof entityId === 'string' ? this.catalog.get(entityId) : await pickEntity(this.catalog, { title: `Link “${text}” to…`, initial: text });
    if (typeof entityId === 'string' && !chosen) {
      void vscode.window.showErrorMessage(`Sorot: no entity "${entityId}".`);
      return undefined;
    }
    if (!chosen || typeof chosen === 'string') return undefined;
    const entity = { id: chosen.id, name: chosen.name };
    // Text the recognizer did not find needs an `add`: a link only changes an existing mention.
    const action = target.mention || this.overlaps(target) ? 'link' : 'add';
    return this.record(target, { action, scope: isScope(scope) ? scope : 'mention', type: chosen.type, entity });
  }

  /** Repeats the last decision about this text for every occurrence in the article or the workspace. */
  async applyToAll(uri?: unknown, start?: unknown, end?: unknown, scope?: unknown): Promise<Decision | undefined> {
    const target = await resolveTarget(this.services, uri, start, end);
    if (!target) return this.nothing('apply');
    const text = target.document.getText().slice(target.start, target.end);
    const last = [...this.services.decisions.decisions].reverse().find((d) => d.scope === 'mention' && d.file === target.file && d.text === text);
    const base: Pick<Decision, 'action' | 'type' | 'entity'> | undefined = last
      ? { action: last.action, type: last.type, entity: last.entity }
      : target.mention
        ? { action: 'add', type: target.mention.type, entity: target.mention.entity }
        : undefined;
    if (!base) {
      void vscode.window.showInformationMessage(`Sorot: no decision about “${text}” here yet: accept, reject, retype or link it first.`);
      return undefined;
    }
    const chosen = await askScope(scope);
    if (!chosen || chosen === 'mention') return undefined;
    return this.record(target, { ...base, scope: chosen });
  }

  private overlaps(target: Target): boolean {
    return this.services.documents.mentionsOf(target.document).some((m) => m.start < target.end && m.end > target.start);
  }

  private nothing(verb: string): undefined {
    void vscode.window.showInformationMessage(`Sorot: place the cursor on a highlighted name (or select text) to ${verb} it.`);
    return undefined;
  }
}

/** The lightbulb on a highlighted name: the same decisions as the hover. */
export class MentionCodeActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.QuickFix.append('sorot');

  constructor(private readonly services: Services) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.services.config.appliesTo(document) || !vscode.workspace.getWorkspaceFolder(document.uri)) return [];
    const mention = this.services.documents.mentionAt(document, range.start);
    const uri = document.uri.toString();
    const action = (title: string, command: string, ...args: unknown[]) => {
      const codeAction = new vscode.CodeAction(title, MentionCodeActions.kind);
      codeAction.command = { title, command, arguments: args };
      return codeAction;
    };
    if (!mention) {
      if (range.isEmpty) return [];
      return [action('Sorot: Add Selection as Entity…', 'sorot.addEntity')];
    }
    const at = [uri, mention.start, mention.end];
    const label = `“${mention.text}”`;
    return [
      action(`Sorot: Accept ${label} as ${TYPE_LABEL[mention.type]}`, 'sorot.acceptMention', ...at),
      action(`Sorot: Reject ${label} (not an entity here)`, 'sorot.rejectMention', ...at),
      action(`Sorot: Reject every ${label} in this article`, 'sorot.rejectMention', ...at, 'file'),
      action(`Sorot: Change Type of ${label}…`, 'sorot.changeType', ...at),
      action(`Sorot: Link ${label} to Another Entity…`, 'sorot.linkMention', ...at),
      action(`Sorot: Apply Last Decision on ${label} to All Occurrences…`, 'sorot.applyToAll', ...at),
    ];
  }
}

export function activate(context: vscode.ExtensionContext, services: Services): MentionActions {
  const actions = new MentionActions(services);
  const run = (fn: (...args: unknown[]) => Promise<Decision | undefined>) => (...args: unknown[]) => fn.apply(actions, args);
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.acceptMention', run(actions.accept)),
    vscode.commands.registerCommand('sorot.rejectMention', run(actions.reject)),
    vscode.commands.registerCommand('sorot.changeType', run(actions.changeType)),
    vscode.commands.registerCommand('sorot.linkMention', run(actions.link)),
    vscode.commands.registerCommand('sorot.applyToAll', run(actions.applyToAll)),
    vscode.languages.registerCodeActionsProvider('*', new MentionCodeActions(services), { providedCodeActionKinds: [MentionCodeActions.kind] }),
  );
  return actions;
}
