import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { closeAllEditors, getApi, openArticle, waitFor, workspaceUri, writeText } from './helpers';

suite('Workspace index', () => {
  let api: SorotApi;
  const key = (...path: string[]) => workspaceUri(...path).toString();

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(closeAllEditors);

  test('indexes the fixture articles and reports the counts in the status bar', () => {
    const { index } = api.services;
    assert.deepStrictEqual(index.files().map((f) => f.split('/').pop()).sort(), ['article1.txt', 'article2.txt', 'article3.md']);
    assert.strictEqual(api.statusBar.indexText, '7 entities · 3 articles');
    assert.strictEqual(api.services.indexer.state, 'ready');
  });

  test('Clear Annotation Cache deletes the stored cache; the next pass annotates everything and stores it again', async () => {
    await api.whenIndexed();
    const storage = api.annotationCache.storage;
    assert.ok(storage, 'the web workbench gives the workspace a storage folder');
    const file = vscode.Uri.joinPath(storage, 'annotations.cache');
    const exists = async () => vscode.workspace.fs.stat(file).then(() => true, () => false);
    // Articles of its own, never opened in an editor, so that every pass reads them.
    const folder = workspaceUri('cache-test');
    const articles = ['Japan and Indonesia met today.', 'Presiden Joko Widodo tiba di Tokyo.', 'No names here.'];
    for (const [i, text] of articles.entries()) await writeText(vscode.Uri.joinPath(folder, `c${i}.txt`), text + '\n');
    await waitFor(() => articles.every((_, i) => api.services.index.has(vscode.Uri.joinPath(folder, `c${i}.txt`).toString())), 'the new articles indexed');
    const pass = async () => {
      const from = api.log.recent.length;
      await vscode.commands.executeCommand('sorot.refreshIndex');
      await api.whenIndexed();
      const line = api.log.recent.slice(from).find((l) => /Indexing finished/.test(l)) ?? '';
      return Number(/(\d+) of them unchanged since the annotation cache was written/.exec(line)?.[1] ?? -1);
    };
    try {
      // The fixture articles are open from earlier suites and indexed from their editors; these are read.
      assert.strictEqual(await pass(), articles.length, 'the articles read come from the cache');
      assert.ok(await exists());
      await vscode.commands.executeCommand('sorot.clearAnnotationCache');
      assert.ok(!(await exists()), 'deleted');
      assert.ok(api.log.recent.some((l) => /Annotation cache deleted \(Clear Annotation Cache command\)/.test(l)));
      assert.strictEqual(await pass(), 0, 'every article annotated again');
      assert.ok(await exists(), 'stored again after the pass');
      assert.strictEqual(await pass(), articles.length);
      assert.deepStrictEqual(api.services.index.mentionsIn(vscode.Uri.joinPath(folder, 'c1.txt').toString()).map((m) => m.entity.id), ['leader:joko-widodo', 'place:tokyo']);
      // A cached article is read without a stat first; grown past the size limit, it is still skipped.
      const grown = vscode.Uri.joinPath(folder, 'c2.txt');
      const line = 'Indonesia and Malaysia signed the accord again today.\n';
      await writeText(grown, line.repeat(Math.ceil((2.1 * 1024 * 1024) / line.length)));
      await waitFor(() => api.services.indexer.skipped.get(grown.toString()) === 'oversized', 'the grown article skipped');
      assert.ok(!api.services.index.has(grown.toString()));
      assert.strictEqual(await pass(), articles.length - 1, 'the other articles still come from the cache');
      assert.strictEqual(api.services.indexer.skipped.get(grown.toString()), 'oversized');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await waitFor(() => !api.services.index.files().some((f) => f.startsWith(folder.toString() + '/')), 'the test articles forgotten');
      await waitFor(() => api.statusBar.indexText === '7 entities · 3 articles', 'the status bar back to the fixture counts');
    }
  });

  test('skips a binary file and says so', () => {
    assert.strictEqual(api.services.indexer.skipped.get(key('articles', 'scan.txt')), 'binary');
    assert.strictEqual(api.statusBar.indexItem.text, '$(telescope) 7 entities · 3 articles · 1 skipped');
    assert.match(String((api.statusBar.indexItem.tooltip as vscode.MarkdownString).value), /1 binary file skipped/);
    assert.ok(!api.services.index.has(key('articles', 'scan.txt')));
  });

  test('the watcher picks up a new article and forgets a deleted one', async () => {
    const uri = workspaceUri('articles', 'breaking.txt');
    await writeText(uri, 'Breaking\n\nJapan and Indonesia met the Klub Tautan today.\n');
    await waitFor(() => api.services.index.has(uri.toString()), 'new article indexed');
    assert.deepStrictEqual(api.services.index.mentionsIn(uri.toString()).map((m) => m.entity.id), ['country:JP', 'country:ID', 'org:klub-tautan']);
    assert.strictEqual(api.services.index.entity('country:JP')?.fileCount, 2);
    await waitFor(() => api.statusBar.indexText === '7 entities · 4 articles', 'status bar counts the new article');

    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !api.services.index.has(uri.toString()), 'deleted article removed');
    assert.strictEqual(api.services.index.entity('country:JP')?.fileCount, 1);
    await waitFor(() => api.statusBar.indexText === '7 entities · 3 articles', 'status bar back to 3 articles');
  });

  test('skips a file over the size limit, with a count in the status bar', async () => {
    const uri = workspaceUri('articles', 'huge.txt');
    const line = 'Indonesia and Malaysia signed the accord again today.\n';
    await writeText(uri, line.repeat(Math.ceil((2.1 * 1024 * 1024) / line.length)));
    await waitFor(() => api.services.indexer.skipped.get(uri.toString()) === 'oversized', 'huge file skipped');
    assert.ok(!api.services.index.has(uri.toString()));
    assert.strictEqual(api.services.index.entity('country:MY')?.mentionCount, 3, 'nothing of the huge file counted');
    await waitFor(() => api.statusBar.indexItem.text.endsWith('· 2 skipped'), `status bar shows the binary and the huge file: ${api.statusBar.indexItem.text}`);
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !api.services.indexer.skipped.has(uri.toString()), 'skip forgotten after delete');
  });

  test('unsaved editor contents are indexed, and reverting restores the file', async () => {
    const editor = await openArticle('articles', 'article2.txt');
    const file = editor.document.uri.toString();
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Japan: '));
    await waitFor(() => api.services.index.mentionsIn(file).some((m) => m.entity.id === 'country:JP'), 'unsaved mention indexed');
    assert.strictEqual(api.services.index.entity('country:JP')?.fileCount, 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !api.services.index.mentionsIn(file).some((m) => m.entity.id === 'country:JP'), 'reverted text indexed');
  });

  test('a file outside sorot.files.include is not indexed', async () => {
    const uri = workspaceUri('notes', 'list.csv');
    await writeText(uri, 'Japan,Indonesia\n');
    const probe = workspaceUri('notes', 'probe.txt');
    await writeText(probe, 'Japan\n');
    await waitFor(() => api.services.index.has(probe.toString()), 'probe indexed');
    assert.ok(!api.services.index.has(uri.toString()));
    await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.delete(probe);
    await waitFor(() => !api.services.index.has(probe.toString()), 'probe removed');
  });
});
