import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { EXTENSION_ID, getApi, waitFor, workspaceUri, writeText } from './helpers';

suite('Workspace knowledge base', () => {
  let api: SorotApi;
  let original: Uint8Array;
  const kbUri = () => workspaceUri('.sorot', 'entities.json');

  suiteSetup(async () => {
    api = await getApi();
    original = await vscode.workspace.fs.readFile(kbUri());
  });

  test("the bundled entities come from dist/knowledge-base.json, which the extension's bundle leaves out", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'knowledge-base.json'));
    const data = JSON.parse(new TextDecoder().decode(bytes)) as { files: Array<{ rows: unknown[] }> };
    const rows = data.files.reduce((count, file) => count + file.rows.length, 0);
    assert.ok(rows > 5000, `rows: ${rows}`);
    // Every row is in the knowledge base in use (with the countries and the workspace's own entries).
    assert.ok(api.knowledgeBase().size >= rows, `entities ${api.knowledgeBase().size} for ${rows} rows`);
    assert.ok(api.knowledgeBase().get('leader:xi-jinping'));
    const bundle = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'extension.js'));
    assert.ok(bundle.length < bytes.length, `extension.js ${bundle.length} bytes, data ${bytes.length}`);
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.writeFile(kbUri(), original);
    await waitFor(() => !api.knowledgeBase().get('person:sari-awan'), 'original knowledge base back');
    await api.whenIndexed();
  });

  test('a changed .sorot/entities.json is reloaded and the workspace re-indexed', async () => {
    const entries = JSON.parse(new TextDecoder().decode(original));
    entries.push({ id: 'person:sari-awan', type: 'PERSON', name: 'Sari Awan' });
    await writeText(kbUri(), JSON.stringify(entries, null, 2));
    await writeText(workspaceUri('notes', 'sari.md'), 'Sari Awan visited Japan.\n');
    await waitFor(() => api.services.index.entity('person:sari-awan')?.fileCount === 1, 'new entity found in the new note');
    await vscode.workspace.fs.delete(workspaceUri('notes', 'sari.md'));
  });

  test('a malformed file is reported on its line and the last good entities stay', async () => {
    const broken = '[\n  { "id": "leader:rana-wijaya", "type": "LEADER", "name": "Rana Wijaya" },\n  { "id": "org:bad", "type": "TEAM", "name": "Bad" }\n]\n';
    await writeText(kbUri(), broken);
    await waitFor(() => vscode.languages.getDiagnostics(kbUri()).length > 0, 'diagnostics for the broken file');
    const [diagnostic] = vscode.languages.getDiagnostics(kbUri());
    assert.strictEqual(diagnostic.range.start.line, 2);
    assert.match(diagnostic.message, /type/);
    assert.ok(api.knowledgeBase().get('org:lembaga-kopi-nusantara'), 'the last good knowledge base stays in use');
    assert.ok(api.knowledgeBase().get('person:sari-awan'));
    await vscode.workspace.fs.writeFile(kbUri(), original);
    await waitFor(() => vscode.languages.getDiagnostics(kbUri()).length === 0, 'diagnostics cleared once fixed');
  });
});
