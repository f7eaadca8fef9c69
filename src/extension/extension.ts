import * as vscode from 'vscode';
import { CorpusIndex, type KnowledgeBase } from '../core';
import * as addEntity from './add-entity';
import { AnnotationCacheStore } from './annotation-cache-store';
import * as commands from './commands';
import * as compare from './compare';
import { DecisionService } from './decisions';
import { Config } from './config';
import * as decorations from './decorations';
import { DocumentAnnotations } from './document-annotations';
import * as exchange from './exchange';
import * as findEntity from './find-entity';
import * as hover from './hover';
import { WorkspaceIndexer } from './indexer';
import { IndexingThreads } from './indexing-threads';
import { KnowledgeBaseService } from './knowledge-base';
import { describeError, log, Logger, reportError, setLogger } from './log';
import * as mentionActions from './mention-actions';
import * as navigation from './navigation';
import * as review from './review';
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
  actions: mentionActions.MentionActions;
  review: review.ReviewProgress;
  knowledgeBase(): KnowledgeBase;
  /** Annotations kept between sessions. */
  annotationCache: AnnotationCacheStore;
  /** The "Sorot" output channel. */
  log: Logger;
  /** Milliseconds `activate` took (the index fills in afterwards). */
  activationMs: number;
  /** Resolves when the first full index of the workspace (or the one running now) is done. */
  whenIndexed(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SorotApi {
  const started = performance.now();
  const logger = new Logger();
  setLogger(logger);
  context.subscriptions.push(logger, new vscode.Disposable(() => setLogger(undefined)));
  logger.info(`Sorot ${String(context.extension.packageJSON.version ?? '')} activated (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, ${vscode.workspace.isTrusted ? 'trusted' : 'Restricted Mode'} workspace, log level ${logger.level}).`);
  if (!vscode.workspace.isTrusted) {
    logger.info('Restricted Mode: highlighting uses the bundled knowledge base; .sorot/entities.json is not loaded and no .sorot/ file is written (decisions are read, not recorded).');
  }
  const diagnostics = vscode.languages.createDiagnosticCollection('sorot');
  const config = new Config();
  const knowledgeBase = new KnowledgeBaseService(diagnostics, vscode.Uri.joinPath(context.extensionUri, 'dist', 'knowledge-base.json'));
  const decisions = new DecisionService();
  const documents = new DocumentAnnotations(knowledgeBase, decisions, config);
  const index = new CorpusIndex();
  const threads = new IndexingThreads(context, config);
  const annotationCache = new AnnotationCacheStore(context.storageUri, config);
  stopping = () => annotationCache.save();
  const indexer = new WorkspaceIndexer(index, documents, knowledgeBase, config, decisions, threads, annotationCache);
  context.subscriptions.push(diagnostics, config, knowledgeBase, decisions, documents, threads, annotationCache, indexer);
  const services: Services = { config, knowledgeBase, documents, decisions, index, indexer, annotationCache };

  commands.activate(context, services);
  const actions = mentionActions.activate(context, services);
  addEntity.activate(context, services, actions.catalog);
  exchange.activate(context, services);
  compare.activate(context, services);
  const entities = sidebar.activate(context, services);
  const api: SorotApi = {
    services,
    highlights: decorations.activate(context, services),
    hover: hover.activate(context, services),
    sidebar: entities,
    search: findEntity.activate(context, services),
    statusBar: statusBar.activate(context, services),
    actions,
    review: review.activate(context, services, entities),
    knowledgeBase: () => knowledgeBase.current,
    annotationCache,
    log: logger,
    activationMs: 0,
    whenIndexed: async () => {
      await ready;
      await indexer.whenIdle();
    },
  };
  navigation.activate(context, services);

  // Activation returns at once; the workspace's own entities load and the index fills in the
  // background (loading the user KB triggers the first full index).
  // Decisions load first, so the first index already has them applied.
  const ready = decisions.load().then(() => knowledgeBase.load()).catch((error: unknown) => {
    void reportError(`Sorot could not load .sorot/entities.json: ${describeError(error)}. Highlighting uses the bundled knowledge base until the file is fixed.`, {
      'Open entities.json': async () => {
        const [uri] = await vscode.workspace.findFiles('**/.sorot/entities.json', undefined, 1);
        if (uri) await vscode.window.showTextDocument(uri);
      },
    });
    return indexer.reindexAll();
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.showLog', () => logger.show()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => log()?.info('Workspace trusted: loading .sorot/entities.json; decisions and review progress are recorded again.')),
  );
  api.activationMs = performance.now() - started;
  logger.info(`Activated in ${api.activationMs.toFixed(1)} ms; indexing continues in the background.`);
  return api;
}

/** What `deactivate` finishes before the extension stops: writing the annotation cache's last changes. */
let stopping: (() => Promise<void>) | undefined;

export function deactivate(): Promise<void> | undefined {
  return stopping?.();
}
