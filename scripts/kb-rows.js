// The compact form of a bundled knowledge-base file (see scripts/build.js); expanded again
// by entriesOf in src/core/kb/bundled.ts.
const esbuild = require('esbuild');
const { readFile } = require('fs/promises');
const path = require('path');

const root = path.resolve(__dirname, '..');

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

// An esbuild plugin: each knowledge-base file travels as `{ rows }` (no repeated keys, and
// roles only where an entry has no description, the description being what Sorot shows);
// the lexicon's word lists (src/core/data) as one string of words per group.
const compactKnowledgeBase = {
  name: 'compact-knowledge-base',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/](?:kb[\\/])?data[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      if (data.groups) return { contents: JSON.stringify({ groups: Object.fromEntries(Object.entries(data.groups).map(([group, words]) => [group, words.join(' ')])) }), loader: 'json' };
      if (!Array.isArray(data)) return { contents: JSON.stringify(data), loader: 'json' };
      return { contents: JSON.stringify({ rows: knowledgeBaseRows(data) }), loader: 'json' };
    });
  },
};

/**
 * What src/core/kb/bundled-data.ts gives, in the compact form: the content of
 * dist/knowledge-base.json, which the extension's bundles read instead of carrying it.
 */
async function knowledgeBaseData() {
  const result = await esbuild.build({
    stdin: { contents: "module.exports = require('./src/core/kb/bundled-data').bundledData();", resolveDir: root, loader: 'js' },
    bundle: true, platform: 'node', format: 'cjs', write: false, absWorkingDir: root, logLevel: 'warning', plugins: [compactKnowledgeBase],
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports;
}

module.exports = { compactKnowledgeBase, knowledgeBaseData, knowledgeBaseRows };
