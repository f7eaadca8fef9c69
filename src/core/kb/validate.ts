import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isEntityType, type KbEntry } from '../types';

export interface KbProblem {
  message: string;
  /** 1-based line and column of the offending value in the source text. */
  line: number;
  column: number;
  /** JSON path of the offending value, e.g. `[3].aliases[1]`. */
  path: string;
}

export interface KbParseResult {
  entries: KbEntry[];
  problems: KbProblem[];
}

const ID_PATTERN = /^(country:[A-Z]{2}|(leader|person|org|place):[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*)$/u;
const PREFIX_OF: Record<string, string> = { LEADER: 'leader', PERSON: 'person', ORGANIZATION: 'org', PLACE: 'place', COUNTRY: 'country' };

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses and validates a knowledge-base file (a JSON array of entries). Valid entries are
 * kept; each invalid one is reported with the line and field at fault and left out.
 */
export function parseKnowledgeBase(text: string): KbParseResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  const problems: KbProblem[] = [];
  const report = (node: Node | undefined, path: string, message: string) => {
    const at = position(text, node?.offset ?? 0);
    problems.push({ message, path, ...at });
  };
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = position(text, first?.offset ?? 0);
    problems.push({ message: `Invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`, path: '', ...at });
    return { entries: [], problems };
  }
  if (root.type !== 'array') {
    report(root, '', 'The knowledge base must be a JSON array of entries');
    return { entries: [], problems };
  }
  const entries: KbEntry[] = [];
  const seen = new Set<string>();
  (root.children ?? []).forEach((node, index) => {
    const at = `[${index}]`;
    const field = (name: string) => findNodeAtLocation(node, [name]);
    if (node.type !== 'object') return report(node, at, 'An entry must be an object');
    const before = problems.length;
    const id = field('id');
    const type = field('type');
    const name = field('name');
    if (!type || !isEntityType(type.value)) report(type ?? node, `${at}.type`, 'Field "type" must be one of LEADER, PERSON, COUNTRY, ORGANIZATION, PLACE');
    if (!name || typeof name.value !== 'string' || name.value.trim() === '') report(name ?? node, `${at}.name`, 'Field "name" must be a non-empty string');
    if (!id || typeof id.value !== 'string' || !ID_PATTERN.test(id.value)) {
      report(id ?? node, `${at}.id`, 'Field "id" must look like "leader:xi-jinping" or "country:CN"');
    } else if (type && isEntityType(type.value) && !id.value.startsWith(PREFIX_OF[type.value] + ':')) {
      report(id, `${at}.id`, `Field "id" of a ${type.value} must start with "${PREFIX_OF[type.value]}:"`);
    } else if (seen.has(id.value)) {
      report(id, `${at}.id`, `Duplicate id "${id.value}"`);
    }
    const aliases = field('aliases');
    if (aliases && (aliases.type !== 'array' || !(aliases.children ?? []).every((a) => typeof a.value === 'string'))) {
      report(aliases, `${at}.aliases`, 'Field "aliases" must be an array of strings');
    }
    for (const optional of ['description', 'country', 'wikidata']) {
      const value = field(optional);
      if (value && typeof value.value !== 'string') report(value, `${at}.${optional}`, `Field "${optional}" must be a string`);
    }
    const country = field('country');
    if (country && typeof country.value === 'string' && !/^[A-Z]{2}$/.test(country.value)) {
      report(country, `${at}.country`, 'Field "country" must be an ISO 3166-1 alpha-2 code such as "ID"');
    }
    const roles = field('roles');
    if (roles && (roles.type !== 'array' || !(roles.children ?? []).every((r) => r.type === 'object' && typeof findNodeAtLocation(r, ['title'])?.value === 'string'))) {
      report(roles, `${at}.roles`, 'Field "roles" must be an array of {"title", "of", "from", "to"}');
    }
    if (problems.length > before) return;
    const entry = JSON.parse(text.slice(node.offset, node.offset + node.length)) as KbEntry;
    seen.add(entry.id);
    entries.push(entry);
  });
  return { entries, problems };
}

export function formatProblem(file: string, problem: KbProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.message}${problem.path ? ` (at ${problem.path})` : ''}`;
}
