import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core';
import type { Services } from './services';

export type RangesByType = Record<EntityType, vscode.Range[]>;

/** Typing pauses shorter than this do not re-annotate; the old highlights move with the text. */
const EDIT_DEBOUNCE_MS = 150;

const COLOR_NAME: Record<EntityType, string> = {
  LEADER: 'leader',
  COUNTRY: 'country',
  ORGANIZATION: 'organization',
  PERSON: 'person',
  PLACE: 'place',
};

function emptyRanges(): RangesByType {
  return { LEADER: [], COUNTRY: [], ORGANIZATION: [], PERSON: [], PLACE: [] };
}

function createDecorationType(type: EntityType): vscode.TextEditorDecorationType {
  const name = COLOR_NAME[type];
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`sorot.${name}Background`),
    // A bottom border keeps the type readable where backgrounds are disabled (high contrast).
    borderColor: new vscode.ThemeColor(`sorot.${name}Border`),
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor(`sorot.${name}Ruler`),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    // Typing at either edge extends the highlight until the debounced refresh decides.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/**
 * Highlights mentions in visible editors only. Edits refresh just the edited document after a
 * pause; existing decorations are never cleared first, so nothing flickers while typing.
 */
export class HighlightController implements vscode.Disposable {
  private readonly types = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly lastRanges = new Map<vscode.TextEditor, RangesByType>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {
    for (const type of ENTITY_TYPES) this.types.set(type, createDecorationType(type));
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of this.lastRanges.keys()) if (!editors.includes(editor)) this.lastRanges.delete(editor);
        for (const editor of editors) this.refresh(editor);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      services.config.onDidChange(() => this.refreshAll()),
      // Also the first paint: the knowledge base fires once the workspace's own entities are
      // loaded, so activation does not pay for compiling the bundled one first.
      services.knowledgeBase.onDidChange(() => this.refreshAll()),
      services.decisions.onDidChange(() => this.refreshAll()),
    );
  }

  /** The ranges last set on `editor`, per type (what the person sees). */
  rangesFor(editor: vscode.TextEditor): RangesByType {
    return this.lastRanges.get(editor) ?? emptyRanges();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.refresh(editor);
    }, EDIT_DEBOUNCE_MS));
  }

  private refresh(editor: vscode.TextEditor): void {
    const { config, documents } = this.services;
    const ranges = emptyRanges();
    const { highlightEnabled, highlightTypes } = config.settings;
    if (highlightEnabled && config.appliesTo(editor.document)) {
      const document = editor.document;
      for (const mention of documents.mentionsOf(document)) {
        if (!highlightTypes.includes(mention.type)) continue;
        ranges[mention.type].push(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      }
    } else if (!this.lastRanges.has(editor)) {
      return; // Never decorated: nothing to clear.
    }
    for (const [type, decorationType] of this.types) editor.setDecorations(decorationType, ranges[type]);
    this.lastRanges.set(editor, ranges);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
    for (const decorationType of this.types.values()) decorationType.dispose();
  }
}

export function activate(context: vscode.ExtensionContext, services: Services): HighlightController {
  const controller = new HighlightController(services);
  context.subscriptions.push(controller);
  return controller;
}
