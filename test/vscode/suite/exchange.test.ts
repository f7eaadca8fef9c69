import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import type { CompareResult } from '../../../src/extension/compare';
import type { ImportResult } from '../../../src/extension/exchange';
import { clearDecisions, decisionsUri, removeIfExists, snapshot } from './annotation-helpers';
import { closeAllEditors, getApi, waitFor, workspaceUri } from './helpers';

suite('Export, import and compare', () => {
  let api: SorotApi;
  const exports = () => workspaceUri('.sorot', 'test-exports');
  const targetOf = (format: string) => (format === 'brat' ? vscode.Uri.joinPath(exports(), 'brat') : vscode.Uri.joinPath(exports(), `annotations.${format}`));

  /** Two decisions that change the workspace's annotations: one mention gone, one retyped. */
  async function changeAnnotations(): Promise<void> {
    const article2 = workspaceUri('articles', 'article2.txt');
    const text2 = new TextDecoder().decode(await vscode.workspace.fs.readFile(article2));
    const at = text2.indexOf('Indonesia');
    await vscode.commands.executeCommand('sorot.rejectMention', article2.toString(), at, at + 'Indonesia'.length);
    const article1 = workspaceUri('articles', 'article1.txt');
    const text1 = new TextDecoder().decode(await vscode.workspace.fs.readFile(article1));
    const lkn = text1.indexOf('LKN');
    await vscode.commands.executeCommand('sorot.changeType', article1.toString(), lkn, lkn + 3, 'mention', 'PLACE');
    await api.whenIndexed();
  }

  suiteSetup(async () => {
    api = await getApi();
    await closeAllEditors();
    await clearDecisions(api);
    // Files that earlier suites deleted must be gone from the index: CoNLL matches articles by order.
    await waitFor(() => api.services.index.fileCount === 3, `the three fixture articles only: ${api.services.index.files().join(', ')}`);
  });

  teardown(async () => {
    await clearDecisions(api);
  });

  suiteTeardown(async () => {
    await removeIfExists(exports());
    await removeIfExists(decisionsUri());
  });

  for (const format of ['jsonl', 'doccano', 'conll', 'brat', 'csv']) {
    test(`exports ${format} and re-imports it with identical mentions`, async () => {
      const before = snapshot(api);
      assert.ok(Object.keys(before).length >= 3, JSON.stringify(before));
      const written = await vscode.commands.executeCommand<vscode.Uri>('sorot.exportAnnotations', format, targetOf(format).toString());
      assert.strictEqual(written?.toString(), targetOf(format).toString());
      await changeAnnotations();
      await waitFor(() => JSON.stringify(snapshot(api)) !== JSON.stringify(before), 'the decisions changed the annotations');
      const result = await vscode.commands.executeCommand<ImportResult>('sorot.importAnnotations', targetOf(format).toString());
      assert.ok(result, 'import returns a summary');
      assert.deepStrictEqual(result.unmatched, []);
      assert.strictEqual(result.files, Object.keys(before).length);
      assert.ok(result.decisions >= 2, `decisions: ${result.decisions}`);
      await api.whenIndexed();
      assert.deepStrictEqual(snapshot(api), before);
    });
  }

  test('brat export holds annotation.conf, the text and .ann files by article path', async () => {
    await vscode.commands.executeCommand('sorot.exportAnnotations', 'brat', targetOf('brat').toString());
    const read = async (...path: string[]) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(targetOf('brat'), ...path)));
    assert.match(await read('annotation.conf'), /\[entities\]\nLEADER/);
    assert.match(await read('articles', 'article1.ann'), /^T1\tLEADER 0 11\tRana Wijaya\n/);
    assert.strictEqual(await read('notes', 'article3.txt'), new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('notes', 'article3.md'))));
  });

  test('compares the workspace with an annotation set and lists the disagreements', async () => {
    await vscode.commands.executeCommand('sorot.exportAnnotations', 'jsonl', targetOf('jsonl').toString());
    const same = await vscode.commands.executeCommand<CompareResult>('sorot.compareWith', targetOf('jsonl').toString());
    assert.strictEqual(same?.comparison.micro.f1, 1);
    assert.deepStrictEqual(same?.comparison.disagreements, []);
    await changeAnnotations();
    const result = await vscode.commands.executeCommand<CompareResult>('sorot.compareWith', targetOf('jsonl').toString());
    assert.ok(result);
    const kinds = result.comparison.disagreements.map((d) => `${d.file} ${d.kind} ${(d.reference ?? d.other)!.text}`).sort();
    assert.deepStrictEqual(kinds, ['articles/article1.txt type LKN', 'articles/article2.txt missing Indonesia']);
    assert.ok(result.comparison.micro.f1 < 1);
    assert.match(result.report, /COUNTRY/);
    assert.match(result.report, /Exact agreement: \d+\.\d%/);
  });
});
