import * as vscode from 'vscode';
import type { Services } from './services';

export interface StatusBar {
  /** The text of the index item, e.g. "12 entities · 3 articles". */
  readonly indexText: string;
  readonly indexItem: vscode.StatusBarItem;
  readonly toggle: vscode.StatusBarItem;
}

/** Two items: the size of the index (click: Entities view) and the highlight toggle. */
export function activate(context: vscode.ExtensionContext, services: Services): StatusBar {
  const { index, indexer, config } = services;
  const indexItem = vscode.window.createStatusBarItem('sorot.index', vscode.StatusBarAlignment.Right, 100);
  indexItem.name = 'Sorot Index';
  indexItem.command = 'workbench.view.extension.sorot';
  const toggle = vscode.window.createStatusBarItem('sorot.toggle', vscode.StatusBarAlignment.Right, 99);
  toggle.name = 'Sorot Highlights';
  toggle.command = 'sorot.toggleHighlights';

  let indexText = '';
  const updateIndex = () => {
    const skipped = [...indexer.skipped.values()];
    const binary = skipped.filter((reason) => reason === 'binary').length;
    const oversized = skipped.length - binary;
    indexText = `${index.entityCount} ${index.entityCount === 1 ? 'entity' : 'entities'} · ${index.fileCount} ${index.fileCount === 1 ? 'article' : 'articles'}`;
    const busy = indexer.state === 'indexing' ? '$(sync~spin) ' : '$(telescope) ';
    indexItem.text = busy + indexText + (skipped.length > 0 ? ` · ${skipped.length} skipped` : '');
    const tooltip = new vscode.MarkdownString(`**Sorot** — ${indexText} indexed.`);
    if (binary > 0) tooltip.appendMarkdown(`\n\n${binary} binary ${binary === 1 ? 'file' : 'files'} skipped.`);
    if (oversized > 0) tooltip.appendMarkdown(`\n\n${oversized} ${oversized === 1 ? 'file' : 'files'} larger than \`sorot.files.maxFileSizeMB\` (${config.settings.maxFileSizeBytes / 1024 / 1024} MB) skipped.`);
    if (!vscode.workspace.isTrusted) {
      tooltip.appendMarkdown('\n\n$(shield) Restricted Mode: highlights use the bundled knowledge base only; `.sorot/entities.json` is not loaded and no `.sorot/` file is written.');
    }
    tooltip.appendMarkdown('\n\nClick to open the Entities view. [Show log](command:sorot.showLog)');
    tooltip.supportThemeIcons = true;
    tooltip.isTrusted = { enabledCommands: ['sorot.showLog'] };
    indexItem.tooltip = tooltip;
    indexItem.show();
  };
  // Every keystroke that changes a count would redraw; a short delay batches them.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleIndex = () => {
    clearTimeout(timer);
    timer = setTimeout(updateIndex, 100);
  };

  const updateToggle = () => {
    const on = config.settings.highlightEnabled;
    toggle.text = on ? '$(eye) Sorot' : '$(eye-closed) Sorot';
    toggle.tooltip = on ? 'Sorot highlights are on. Click to turn them off.' : 'Sorot highlights are off. Click to turn them on.';
  };
  const updateToggleVisibility = () => {
    const editor = vscode.window.activeTextEditor;
    const applies = !!editor && config.appliesTo(editor.document);
    void vscode.commands.executeCommand('setContext', 'sorot.languageEnabled', applies);
    if (applies) toggle.show();
    else toggle.hide();
  };

  updateIndex();
  updateToggle();
  updateToggleVisibility();
  context.subscriptions.push(
    indexItem,
    toggle,
    new vscode.Disposable(index.onDidChange(scheduleIndex)),
    new vscode.Disposable(() => clearTimeout(timer)),
    indexer.onDidUpdate(updateIndex),
    vscode.workspace.onDidGrantWorkspaceTrust(updateIndex),
    config.onDidChange(() => {
      updateToggle();
      updateToggleVisibility();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateToggleVisibility),
  );
  return {
    get indexText() {
      return indexText;
    },
    indexItem,
    toggle,
  };
}
