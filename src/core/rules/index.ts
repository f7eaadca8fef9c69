/**
 * Context rules for names the knowledge base does not know. Each rule reads the text
 * around a trigger word (a title, an organization head, a designator) or a bracket, and
 * proposes candidates; the caller resolves overlaps.
 */
export { acronymDefinitions, type AcronymDefinition } from './acronyms';
export { isCommonGivenName, linkedCandidate, type RuleContext, type TriggerHit } from './context';
export { containerRules } from './names';
export { personRules } from './persons';
export { listedNames, listedPlaces, untitledNames } from './given-names';
