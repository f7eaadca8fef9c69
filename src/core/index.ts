export * from './types';
export { annotate, type AnnotateOptions } from './annotate';
export { KnowledgeBase } from './kb/knowledge-base';
export { bundledKnowledgeBase } from './kb/bundled';
export { parseKnowledgeBase, formatProblem, type KbProblem, type KbParseResult } from './kb/validate';
export { stripBom, slugify, fold } from './text';
export { CorpusIndex, type EntitySummary, type Occurrence } from './corpus';
export * from './formats';
