// The compact form of a bundled knowledge-base file (see scripts/build.js); expanded again
// by entriesOf in src/core/kb/bundled.ts.
const TYPE_CODES = { LEADER: 'L', PERSON: 'P', COUNTRY: 'C', ORGANIZATION: 'O', PLACE: 'G' };

/** `[type code, id, name, aliases, description, country, roles]`, 0 for what is absent, trailing zeros dropped. */
function knowledgeBaseRows(entries) {
  return entries.map((e) => {
    const row = [TYPE_CODES[e.type] ?? e.type, e.id, e.name, e.aliases?.length ? e.aliases : 0, e.description ?? 0, e.country ?? 0, !e.description && e.roles ? e.roles : 0];
    while (row[row.length - 1] === 0) row.pop();
    return row;
  });
}

module.exports = { knowledgeBaseRows };
