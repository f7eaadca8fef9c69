import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { removeIfExists } from './annotation-helpers';
import { closeAllEditors, getApi, openArticle, waitFor, workspaceUri } from './helpers';

suite('Review progress', () => {
  let api: SorotApi;
  const reviewedUri = () => workspaceUri('.sorot', 'reviewed.json');
  const onDisk = async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewedUri()))) as string[];

  suiteSetup(async () => {
    api = await getApi();
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await removeIfExists(reviewedUri());
  });

  test('marks articles reviewed, counts them and opens the next unreviewed one', async () => {
    const total = api.services.index.fileCount;
    api.review.update();
    assert.strictEqual(api.review.text, `reviewed 0 of ${total}`);
    await openArticle('notes', 'article3.md');
    assert.strictEqual(await vscode.commands.executeCommand('sorot.markReviewed'), true);
    await vscode.commands.executeCommand('sorot.markReviewed', workspaceUri('articles', 'article1.txt').toString());
    assert.deepStrictEqual(await onDisk(), ['articles/article1.txt', 'notes/article3.md'], 'sorted paths');
    assert.strictEqual(api.review.text, `reviewed 2 of ${total}`);
    assert.match(api.review.item.text, new RegExp(`reviewed 2 of ${total}`));
    assert.strictEqual(api.sidebar.view.title, `Entities (reviewed 2 of ${total})`);

    await openArticle('articles', 'article1.txt');
    const next = await vscode.commands.executeCommand<string>('sorot.nextUnreviewed');
    assert.strictEqual(next, 'articles/article2.txt');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri('articles', 'article2.txt').toString(), 'next article opened');

    assert.strictEqual(await vscode.commands.executeCommand('sorot.markReviewed', workspaceUri('notes', 'article3.md').toString()), false, 'toggled off');
    assert.deepStrictEqual(await onDisk(), ['articles/article1.txt']);
    assert.strictEqual(api.review.text, `reviewed 1 of ${total}`);
  });
});
