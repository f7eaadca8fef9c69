import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { getApi, waitFor, workspaceUri, writeText } from './helpers';

suite('Workspace knowledge base', () => {
  let api: SorotApi;
  let original: Uint8Array;
  const kbUri = () => workspaceUri('.sorot', 'entities.json');

  suiteSetup(async () => {
    api = await getApi();
    original = await vscode.workspace.fs.readFile(kbUri());
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
