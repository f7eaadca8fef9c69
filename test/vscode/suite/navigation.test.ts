import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { closeAllEditors, getApi, openArticle, rangeOf, workspaceUri } from './helpers';

suite('Navigation', () => {
  let api: SorotApi;

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(closeAllEditors);

  test('Find Entity matches a misspelt name and selects its first mention', async () => {
    const id = await vscode.commands.executeCommand<string>('sorot.findEntity', 'Lembga Kopi');
    assert.strictEqual(id, 'org:lembaga-kopi-nusantara');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), workspaceUri('articles', 'article1.txt').toString());
    assert.deepStrictEqual(editor.selection, new vscode.Selection(rangeOf(editor.document, 'LKN').start, rangeOf(editor.document, 'LKN').end));
  });

  test('Find Entity also searches aliases', async () => {
    assert.deepStrictEqual(api.search.search('Presiden Wijaya', 1).map((e) => e.id), ['leader:rana-wijaya']);
    assert.deepStrictEqual(api.search.search('Malaysia', 1).map((e) => e.id), ['country:MY']);
  });

  test('Find All References lists every mention in the workspace', async () => {
    const editor = await openArticle('articles', 'article2.txt');
    const at = rangeOf(editor.document, 'Lembaga Kopi Nusantara').start.translate(0, 2);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    const found = await Promise.all(locations.map(async (location) => {
      const document = await vscode.workspace.openTextDocument(location.uri);
      return `${location.uri.path.split('/').pop()}:${location.range.start.line}:${document.getText(location.range)}`;
    }));
    assert.deepStrictEqual(found.sort(), ['article1.txt:2:LKN', 'article1.txt:3:LKN', 'article2.txt:2:Lembaga Kopi Nusantara', 'article3.md:2:LKN']);
  });

  test('the Outline lists the entities of an article with their mentions', async () => {
    const uri = workspaceUri('articles', 'article1.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Rana Wijaya', 'Indonesia', 'Malaysia', 'Lembaga Kopi Nusantara', 'Tomas Halim']);
    const lkn = symbols[3];
    assert.strictEqual(lkn.detail, 'Organization · 2 mentions');
    assert.deepStrictEqual(lkn.children.map((c) => `${c.name} ${c.detail}`), ['LKN line 3', 'LKN line 4']);
  });

  test('Go to Symbol in Workspace finds entities by alias', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'lkn');
    const ours = symbols.filter((s) => s.name === 'Lembaga Kopi Nusantara');
    assert.strictEqual(ours.length, 1, JSON.stringify(symbols.map((s) => s.name)));
    assert.strictEqual(ours[0].location.uri.toString(), workspaceUri('articles', 'article1.txt').toString());
    const document = await vscode.workspace.openTextDocument(ours[0].location.uri);
    assert.deepStrictEqual(ours[0].location.range, rangeOf(document, 'LKN'));
  });
});
