export * from './decision';
export { applyDecisions, anchor, occurrences, type AppliedDecisions } from './apply';
export { DecisionStore, DECISIONS_FILE } from './decision-store';
export { writeAtomic, SerialQueue, type StorageAdapter } from './storage';
export { decisionsFromImport } from './import';
