// The compact form of a bundled knowledge-base file (see scripts/build.js); expanded again
// by entriesOf in src/core/kb/bundled.ts.
const esbuild = require('esbuild');
const path = require('path');

const TYPE_CODES = { LEADER: 'L', PERSON: 'P', COUNTRY: 'C', ORGANIZATION: 'O', PLACE: 'G' };

let text;
/** src/core/text.ts itself (`entityId`, `ID_PREFIXES`): the very code that expands the rows again. */
function loadText() {
  if (text) return text;
  const [output] = esbuild.buildSync({ entryPoints: [path.join(__dirname, '../src/core/text.ts')], bundle: true, format: 'cjs', platform: 'node', write: false }).outputFiles;
  const module = { exports: {} };
  new Function('module', 'exports', output.text)(module, module.exports);
  return (text = module.exports);
}

/**
 * `[type code, id, name, aliases, description, country, roles]`, 0 for what is absent,
 * trailing zeros dropped. The id is 0 too where it is the one the name gives
 * (`leader:` + slug of the name), as it is for most entries.
 */
function knowledgeBaseRows(entries) {
  const { entityId, ID_PREFIXES } = loadText();
  return entries.map((e) => {
    const id = ID_PREFIXES[e.type] && e.id === entityId(ID_PREFIXES[e.type], e.name) ? 0 : e.id;
    const row = [TYPE_CODES[e.type] ?? e.type, id, e.name, e.aliases?.length ? e.aliases : 0, e.description ?? 0, e.country ?? 0, !e.description && e.roles ? e.roles : 0];
    while (row[row.length - 1] === 0) row.pop();
    return row;
  });
}

module.exports = { knowledgeBaseRows };
