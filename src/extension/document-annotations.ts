import * as vscode from 'vscode';
import { annotate, type Mention } from '../core';
import type { Config } from './config';
import type { DecisionService } from './decisions';
import type { KnowledgeBaseService } from './knowledge-base';
import { log } from './log';

interface Cached {
  version: number;
  generation: string;
  mentions: readonly Mention[];
}

const NONE: readonly Mention[] = [];

/**
 * Mentions of open documents, computed once per document version and knowledge base, so
 * decorations, hover, the outline and the index share one pass over an edited article.
 * A document over `sorot.files.maxFileSizeMB` has none, as the index skips it: annotating
 * it again after every pause in typing would hold up the extension host (about 0.3 s a
 * time at 2 MB).
 */
export class DocumentAnnotations implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly closeListener: vscode.Disposable;
  /** Documents already told about being over the limit, this session. */
  private readonly toldOversized = new Set<string>();

  constructor(
    private readonly knowledgeBase: KnowledgeBaseService,
    private readonly decisions: DecisionService,
    private readonly config: Config,
  ) {
    this.closeListener = vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString()));
  }

  mentionsOf(document: vscode.TextDocument): readonly Mention[] {
    const key = document.uri.toString();
    if (this.isOversized(document)) {
      this.cache.delete(key);
      this.tellOversized(document, key);
      return NONE;
    }
    const generation = `${this.knowledgeBase.generation}/${this.decisions.generation}`;
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.generation === generation) return cached.mentions;
    const mentions = this.annotateText(document.uri, document.getText());
    this.cache.set(key, { version: document.version, generation, mentions });
    return mentions;
  }

  /** Is the document longer than `sorot.files.maxFileSizeMB` (in UTF-16 units, as the index counts)? */
  isOversized(document: vscode.TextDocument): boolean {
    // The offset of the end is the length, without copying the text out.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return length > this.config.settings.maxFileSizeBytes;
  }

  private tellOversized(document: vscode.TextDocument, key: string): void {
    if (this.toldOversized.has(key)) return;
    this.toldOversized.add(key);
    const limit = this.config.settings.maxFileSizeBytes / 1024 / 1024;
    const name = vscode.workspace.asRelativePath(document.uri);
    log()?.info(`Not highlighting ${name}: it is larger than sorot.files.maxFileSizeMB (${limit} MB), like the articles the index skips.`);
    const open = 'Open Setting';
    void vscode.window
      .showInformationMessage(`Sorot does not highlight ${name}: it is larger than sorot.files.maxFileSizeMB (${limit} MB).`, open)
      .then((choice) => (choice === open ? vscode.commands.executeCommand('workbench.action.openSettings', 'sorot.files.maxFileSizeMB') : undefined));
  }

  /** The recognizer's mentions of a text with the person's decisions applied over them. */
  annotateText(uri: vscode.Uri, text: string): Mention[] {
    return this.decisions.apply(uri, text, annotate(text, this.knowledgeBase.current));
  }

  /** What the recognizer alone finds, before decisions. */
  recognize(text: string): Mention[] {
    return annotate(text, this.knowledgeBase.current);
  }

  /** The mention under `position`, if any (mentions are sorted and do not overlap). */
  mentionAt(document: vscode.TextDocument, position: vscode.Position): Mention | undefined {
    const offset = document.offsetAt(position);
    const mentions = this.mentionsOf(document);
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const mention = mentions[mid];
      if (mention.end < offset) low = mid + 1;
      else if (mention.start > offset) high = mid - 1;
      else return mention;
    }
    return undefined;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.cache.clear();
    this.toldOversized.clear();
  }
}
