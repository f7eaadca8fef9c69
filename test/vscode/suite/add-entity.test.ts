import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import type { AddEntityResult } from '../../../src/extension/add-entity';
import { clearDecisions, decisionsOnDisk, decisionsUri, mentionsOf, removeIfExists } from './annotation-helpers';
import { closeAllEditors, getApi, openArticle, rangeOf, rangesOf, show, waitFor, workspaceUri, writeText } from './helpers';

suite('Add selection as entity', () => {
  let api: SorotApi;
  let original: Uint8Array;
  const kbUri = () => workspaceUri('.sorot', 'entities.json');
  const ID = 'org:koperasi-tani-makmur';

  suiteSetup(async () => {
    api = await getApi();
    original = await vscode.workspace.fs.readFile(kbUri());
    await writeText(workspaceUri('articles', 'coop.txt'), 'Farmers joined Koperasi Tani Makmur in May.\nThe Koperasi Tani Makmur grew.\n');
    await writeText(workspaceUri('notes', 'coop.md'), '# Notes\n\nKoperasi Tani Makmur sells to Japan.\n');
    await waitFor(() => mentionsOf(api, 'notes', 'coop.md').length === 1, 'coop.md indexed (Japan)');
    await api.whenIndexed();
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(kbUri(), original);
    await removeIfExists(workspaceUri('articles', 'coop.txt'));
    await removeIfExists(workspaceUri('notes', 'coop.md'));
    await clearDecisions(api);
    await removeIfExists(decisionsUri());
    await waitFor(() => !api.knowledgeBase().get(ID), 'original knowledge base back');
    await api.whenIndexed();
  });

  test('adds the entity to .sorot/entities.json and annotates every occurrence in the workspace', async () => {
    assert.strictEqual(api.services.index.entity(ID), undefined, 'not an entity before');
    const editor = await openArticle('articles', 'coop.txt');
    const range = rangeOf(editor.document, 'Koperasi Tani Makmur');
    editor.selection = new vscode.Selection(range.start, range.end);
    const result = await vscode.commands.executeCommand<AddEntityResult>('sorot.addEntity', { type: 'ORGANIZATION', name: 'Koperasi Tani Makmur', description: 'Farmers cooperative (test data)' });
    assert.ok(result, 'the command returns what it added');
    assert.deepStrictEqual(result, { id: ID, name: 'Koperasi Tani Makmur', created: true, mentions: 3, articles: 2 });

    const entries = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(kbUri()))) as Array<{ id: string; description?: string }>;
    assert.deepStrictEqual(entries.map((e) => e.id), ['leader:rana-wijaya', 'org:lembaga-kopi-nusantara', 'person:tomas-halim', 'org:klub-tautan', ID], 'appended, the other entries kept');
    assert.strictEqual(entries[4].description, 'Farmers cooperative (test data)');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(kbUri()), [], 'the written file is valid');
    assert.ok((await decisionsOnDisk()).some((d) => d.action === 'add' && d.scope === 'workspace' && d.entity?.id === ID));

    // The other article is highlighted when opened, and the sidebar lists the entity.
    const other = await openArticle('notes', 'coop.md');
    await waitFor(() => api.highlights.rangesFor(other).ORGANIZATION.length === 1, 'highlighted in the other article');
    assert.deepStrictEqual(show(api.highlights.rangesFor(other).ORGANIZATION), show(rangesOf(other.document, 'Koperasi Tani Makmur')));
    const provider = api.sidebar.provider;
    const organizations = (await provider.getChildren()).find((node) => node.kind === 'type' && node.type === 'ORGANIZATION');
    assert.ok(organizations);
    const listed = await provider.getChildren(organizations);
    const node = listed.find((n) => n.kind === 'entity' && n.id === ID);
    assert.ok(node, 'listed in the Entities view');
    assert.strictEqual(provider.getTreeItem(node).description, '3 in 2 articles');
  });

  test('choosing an existing entity links the selection to it instead', async () => {
    await writeText(workspaceUri('articles', 'coop.txt'), 'Farmers joined Koperasi Tani Makmur in May.\nThe Presiden Rana spoke.\n');
    const editor = await openArticle('articles', 'coop.txt');
    await waitFor(() => editor.document.getText().includes('Presiden Rana'), 'new text');
    const range = rangeOf(editor.document, 'Presiden Rana');
    editor.selection = new vscode.Selection(range.start, range.end);
    const before = (JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(kbUri()))) as unknown[]).length;
    const result = await vscode.commands.executeCommand<AddEntityResult>('sorot.addEntity', { type: 'LEADER', name: 'Rana Wijaya' });
    assert.strictEqual(result?.id, 'leader:rana-wijaya');
    assert.strictEqual(result?.created, false);
    assert.strictEqual((JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(kbUri()))) as unknown[]).length, before, 'no new entry');
    await waitFor(() => mentionsOf(api, 'articles', 'coop.txt').some((m) => m.endsWith('LEADER Presiden Rana leader:rana-wijaya')), 'linked');
  });
});
