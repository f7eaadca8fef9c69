export { type AnnotatedDocument, FormatError, checkMentionText } from './document';
export { toJsonl, fromJsonl, toDoccanoJsonl } from './jsonl';
export { toCsv, fromCsv } from './csv';
export { toBrat, fromBrat, bratAnnotationConf } from './brat';
export { toConll, fromConll } from './conll';

export const EXPORT_FORMATS = ['jsonl', 'conll', 'brat', 'csv', 'doccano'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
