import * as vscode from 'vscode';
import { annotate, type Mention } from '../core';
import type { DecisionService } from './decisions';
import type { KnowledgeBaseService } from './knowledge-base';

interface Cached {
  version: number;
  generation: string;
  mentions: readonly Mention[];
}

/**
 * Mentions of open documents, computed once per document version and knowledge base, so
 * decorations, hover, the outline and the index share one pass over an edited article.
 */
export class DocumentAnnotations implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly closeListener: vscode.Disposable;

  constructor(
    private readonly knowledgeBase: KnowledgeBaseService,
    private readonly decisions: DecisionService,
  ) {
    this.closeListener = vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString()));
  }

  mentionsOf(document: vscode.TextDocument): readonly Mention[] {
    const key = document.uri.toString();
    const generation = `${this.knowledgeBase.generation}/${this.decisions.generation}`;
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.generation === generation) return cached.mentions;
    const mentions = this.annotateText(document.uri, document.getText());
    this.cache.set(key, { version: document.version, generation, mentions });
    return mentions;
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
  }
}
