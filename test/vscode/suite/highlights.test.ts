import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { closeAllEditors, getApi, openArticle, rangesOf, show, waitFor } from './helpers';

suite('Highlights', () => {
  let api: SorotApi;

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('sorot').update('highlight.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('sorot').update('highlight.types', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  test('an opened article gets one decoration per mention, by type', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    const document = editor.document;
    await waitFor(() => api.highlights.rangesFor(editor).LEADER.length > 0, 'leader decorations');
    const ranges = api.highlights.rangesFor(editor);
    assert.deepStrictEqual(show(ranges.LEADER), show(rangesOf(document, 'Rana Wijaya')));
    assert.deepStrictEqual(show(ranges.COUNTRY), show(rangesOf(document, 'Indonesia', 'Malaysia')));
    assert.deepStrictEqual(show(ranges.ORGANIZATION), show(rangesOf(document, 'LKN')));
    assert.deepStrictEqual(show(ranges.PERSON), show(rangesOf(document, 'Tomas Halim')));
    assert.deepStrictEqual(ranges.PLACE, []);
  });

  test('editing a document updates its decorations', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Indonesia signed.\n' });
    const editor = await vscode.window.showTextDocument(document);
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 1, 'first country');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Then Japan and the LKN agreed.\n'));
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 2, 'country added by the edit');
    const ranges = api.highlights.rangesFor(editor);
    assert.deepStrictEqual(show(ranges.COUNTRY), show(rangesOf(document, 'Indonesia', 'Japan')));
    assert.deepStrictEqual(show(ranges.ORGANIZATION), show(rangesOf(document, 'LKN')));
    await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 1, 0)));
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 1, 'country removed by the edit');
    assert.deepStrictEqual(show(api.highlights.rangesFor(editor).COUNTRY), ['0:5-0:10']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the toggle command clears all decorations and restores them', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 3, 'decorations before the toggle');
    const enabled = await vscode.commands.executeCommand<boolean>('sorot.toggleHighlights');
    assert.strictEqual(enabled, false);
    await waitFor(() => Object.values(api.highlights.rangesFor(editor)).every((r) => r.length === 0), 'decorations cleared');
    assert.strictEqual(api.statusBar.toggle.text, '$(eye-closed) Sorot');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(2, 2));
    assert.strictEqual(hovers.length, 0, 'no hover while highlights are off');
    await vscode.commands.executeCommand('sorot.toggleHighlights');
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 3, 'decorations restored');
  });

  test('the highlight.types setting limits the highlighted types', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    await vscode.workspace.getConfiguration('sorot').update('highlight.types', ['COUNTRY'], vscode.ConfigurationTarget.Global);
    await waitFor(() => api.highlights.rangesFor(editor).LEADER.length === 0, 'leaders no longer highlighted');
    const ranges = api.highlights.rangesFor(editor);
    assert.strictEqual(ranges.COUNTRY.length, 3);
    assert.strictEqual(ranges.ORGANIZATION.length + ranges.PERSON.length, 0);
  });

  test('documents of other languages are not decorated', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"country": "Indonesia"}' });
    const editor = await vscode.window.showTextDocument(document);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(Object.values(api.highlights.rangesFor(editor)).every((r) => r.length === 0));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
