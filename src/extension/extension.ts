import * as vscode from 'vscode';
import { CorpusIndex, type KnowledgeBase } from '../core';
import * as commands from './commands';
import { Config } from './config';
import * as decorations from './decorations';
import { DocumentAnnotations } from './document-annotations';
import * as findEntity from './find-entity';
import * as hover from './hover';
import { WorkspaceIndexer } from './indexer';
import { KnowledgeBaseService } from './knowledge-base';
import * as navigation from './navigation';
import type { Services } from './services';
import * as sidebar from './sidebar';
import * as statusBar from './status-bar';

/** What `activate` returns: the extension's internals, for integration tests and other extensions. */
export interface SorotApi {
  services: Services;
  highlights: decorations.HighlightController;
  hover: hover.EntityHoverProvider;
  sidebar: sidebar.Sidebar;
  search: findEntity.EntitySearch;
  statusBar: statusBar.StatusBar;
  knowledgeBase(): KnowledgeBase;
  /** Resolves when the first full index of the workspace (or the one running now) is done. */
  whenIndexed(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SorotApi {
  const diagnostics = vscode.languages.createDiagnosticCollection('sorot');
  const config = new Config();
  const knowledgeBase = new KnowledgeBaseService(diagnostics);
  const documents = new DocumentAnnotations(knowledgeBase);
  const index = new CorpusIndex();
  const indexer = new WorkspaceIndexer(index, documents, knowledgeBase, config);
  context.subscriptions.push(diagnostics, config, knowledgeBase, documents, indexer);
  const services: Services = { config, knowledgeBase, documents, index, indexer };

  commands.activate(context, services);
  const api: SorotApi = {
    services,
    highlights: decorations.activate(context, services),
    hover: hover.activate(context, services),
    sidebar: sidebar.activate(context, services),
    search: findEntity.activate(context, services),
    statusBar: statusBar.activate(context, services),
    knowledgeBase: () => knowledgeBase.current,
    whenIndexed: async () => {
      await ready;
      await indexer.whenIdle();
    },
  };
  navigation.activate(context, services);

  // Activation returns at once; the workspace's own entities load and the index fills in the
  // background (loading the user KB triggers the first full index).
  const ready = knowledgeBase.load().catch((error: unknown) => {
    void vscode.window.showErrorMessage(`Sorot could not load .sorot/entities.json: ${String(error)}`);
    return indexer.reindexAll();
  });
  return api;
}

export function deactivate(): void {}
