// The compact form of a bundled knowledge-base file (see scripts/build.js); expanded again
// by entriesOf in src/core/kb/bundled.ts.
const esbuild = require('esbuild');
const path = require('path');

const TYPE_CODES = { LEADER: 'L', PERSON: 'P', COUNTRY: 'C', ORGANIZATION: 'O', PLACE: 'G' };
const ID_PREFIXES = { LEADER: 'leader', PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'org', PLACE: 'place' };

let entityId;
/** src/core/text.ts's `entityId`, the very code that expands the rows again. */
function loadEntityId() {
  if (entityId) return entityId;
  const [output] = esbuild.buildSync({ entryPoints: [path.join(__dirname, '../src/core/text.ts')], bundle: true, format: 'cjs', platform: 'node', write: false }).outputFiles;
  const module = { exports: {} };
  new Function('module', 'exports', output.text)(module, module.exports);
  return (entityId = module.exports.entityId);
}

/**
 * `[type code, id, name, aliases, description, country, roles]`, 0 for what is absent,
 * trailing zeros dropped. The id is 0 too where it is the one the name gives
 * (`leader:` + slug of the name), as it is for most entries.
 */
function knowledgeBaseRows(entries) {
  const derive = loadEntityId();
  return entries.map((e) => {
    const id = ID_PREFIXES[e.type] && e.id === derive(ID_PREFIXES[e.type], e.name) ? 0 : e.id;
    const row = [TYPE_CODES[e.type] ?? e.type, id, e.name, e.aliases?.length ? e.aliases : 0, e.description ?? 0, e.country ?? 0, !e.description && e.roles ? e.roles : 0];
    while (row[row.length - 1] === 0) row.pop();
    return row;
  });
}

module.exports = { knowledgeBaseRows };
