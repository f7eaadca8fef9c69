import * as vscode from 'vscode';
import { entityAtCursor, openMention, showMentions } from './mentions';
import type { Services } from './services';

/** Commands that are not tied to one view: highlights on/off, mentions, re-indexing, the annotation cache. */
export function activate(context: vscode.ExtensionContext, services: Services): void {
  const { config, indexer, annotationCache } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.toggleHighlights', async () => {
      const enabled = !config.settings.highlightEnabled;
      await config.update('highlight.enabled', enabled);
      return enabled;
    }),
    vscode.commands.registerCommand('sorot.openMention', (file: string, start: number, end: number) => openMention(file, start, end)),
    vscode.commands.registerCommand('sorot.showMentions', async (id?: unknown) => {
      const target = typeof id === 'string' ? id : entityAtCursor(services)?.entity.id;
      if (!target) {
        void vscode.window.showInformationMessage('Sorot: place the cursor on a highlighted name to show its mentions.');
        return [];
      }
      return showMentions(services, target);
    }),
    vscode.commands.registerCommand('sorot.refreshIndex', () => indexer.reindexAll()),
    vscode.commands.registerCommand('sorot.clearAnnotationCache', async () => {
      await annotationCache.clear('Clear Annotation Cache command');
      // Not awaited: the command is done once the cache is gone, whatever the person clicks.
      void vscode.window.showInformationMessage('Sorot: annotation cache cleared. The next full index annotates every article again.', 'Refresh Index').then((choice) => {
        if (choice) void indexer.reindexAll();
      });
    }),
  );
}
