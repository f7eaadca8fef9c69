import * as vscode from 'vscode';
import type { CorpusIndex, EntityType, Mention } from '../core';
import type { AnnotationCacheStore } from './annotation-cache-store';
import type { Config } from './config';
import type { DecisionService } from './decisions';
import type { DocumentAnnotations } from './document-annotations';
import type { WorkspaceIndexer } from './indexer';
import type { KnowledgeBaseService } from './knowledge-base';

/** What every feature module receives from `activate`: shared state, created once. */
export interface Services {
  config: Config;
  knowledgeBase: KnowledgeBaseService;
  documents: DocumentAnnotations;
  decisions: DecisionService;
  index: CorpusIndex;
  indexer: WorkspaceIndexer;
  annotationCache: AnnotationCacheStore;
}

export const TYPE_LABEL: Record<EntityType, string> = {
  LEADER: 'Leader',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  PLACE: 'Place',
};

/** Where a mention of an indexed file is, using the text the index was built from. */
export function locationOf(services: Services, file: string, mention: Mention): vscode.Location {
  const uri = vscode.Uri.parse(file);
  const lineMap = services.indexer.lineMapOf(file);
  if (lineMap) return new vscode.Location(uri, lineMap.rangeOf(mention.start, mention.end));
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file);
  const range = open
    ? new vscode.Range(open.positionAt(mention.start), open.positionAt(mention.end))
    : new vscode.Range(0, 0, 0, 0);
  return new vscode.Location(uri, range);
}

/** Builds a `command:` link target whose arguments survive the Markdown renderer. */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
