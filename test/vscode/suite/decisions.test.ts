import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { clearDecisions, decisionsOnDisk, decisionsUri, mentionsOf, removeIfExists } from './annotation-helpers';
import { closeAllEditors, getApi, openArticle, rangeOf, rangesOf, show, waitFor, workspaceUri, writeText } from './helpers';

suite('Annotation decisions', () => {
  let api: SorotApi;

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(async () => {
    await closeAllEditors();
    await clearDecisions(api);
  });

  suiteTeardown(async () => {
    await removeIfExists(workspaceUri('articles', 'short.txt'));
    await removeIfExists(workspaceUri('articles', 'stale.txt'));
    await removeIfExists(decisionsUri());
    await api.whenIndexed();
  });

  test('rejecting a mention removes its highlight and writes the decision', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    const document = editor.document;
    await waitFor(() => api.highlights.rangesFor(editor).PERSON.length === 1, 'Tomas Halim highlighted');
    const range = rangeOf(document, 'Tomas Halim');
    const decision = await vscode.commands.executeCommand('sorot.rejectMention', document.uri.toString(), document.offsetAt(range.start), document.offsetAt(range.end));
    assert.ok(decision, 'the command returns the decision');
    await waitFor(() => api.highlights.rangesFor(editor).PERSON.length === 0, 'highlight gone');
    await waitFor(() => !api.services.index.entity('person:tomas-halim'), 'gone from the index too');
    const onDisk = await decisionsOnDisk();
    assert.deepStrictEqual(onDisk.map((d) => [d.action, d.scope, d.file, d.text, d.start]), [['reject', 'mention', 'articles/article1.txt', 'Tomas Halim', document.offsetAt(range.start)]]);
    assert.deepStrictEqual(show(api.highlights.rangesFor(editor).COUNTRY), show(rangesOf(document, 'Indonesia', 'Malaysia')), 'other mentions stay');
  });

  test('the command without arguments acts on the mention at the cursor only', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 3, 'three countries');
    const second = rangeOf(editor.document, 'Malaysia', 1);
    editor.selection = new vscode.Selection(second.start.translate(0, 2), second.start.translate(0, 2));
    await vscode.commands.executeCommand('sorot.rejectMention');
    await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 2, 'one Malaysia rejected');
    assert.deepStrictEqual(show(api.highlights.rangesFor(editor).COUNTRY), show([...rangesOf(editor.document, 'Indonesia'), rangeOf(editor.document, 'Malaysia', 0)]));
  });

  test('the lightbulb and the hover offer the decisions on a highlighted name', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    const range = rangeOf(editor.document, 'LKN');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(range.start, range.start));
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Sorot'));
    assert.ok(titles.some((t) => /Reject “LKN”/.test(t)), titles.join('\n'));
    assert.ok(titles.some((t) => /Change Type of “LKN”/.test(t)), titles.join('\n'));
    const retype = actions.find((a) => a.command?.command === 'sorot.changeType');
    assert.ok(retype?.command?.arguments);
    await vscode.commands.executeCommand(retype.command.command, ...retype.command.arguments, 'mention', 'PLACE');
    await waitFor(() => api.highlights.rangesFor(editor).PLACE.length === 1, 'LKN retyped as a place');
    assert.deepStrictEqual(show(api.highlights.rangesFor(editor).PLACE), show([range]));
    const mention = api.services.documents.mentionAt(editor.document, range.start);
    assert.ok(mention);
    assert.strictEqual(mention.source, 'user');
    assert.match(api.hover.describe(editor.document, mention).value, /\[Reject\]\(command:sorot\.rejectMention\?/);
  });

  test('a short name is linked to an entity, then in every occurrence of the article', async () => {
    const uri = workspaceUri('articles', 'short.txt');
    await writeText(uri, 'Wijaya spoke in Jakarta on Monday.\nLater Wijaya left for Malaysia.\n');
    const editor = await openArticle('articles', 'short.txt');
    await waitFor(() => mentionsOf(api, 'articles', 'short.txt').some((m) => m.includes('Malaysia')), 'short.txt indexed');
    assert.ok(!mentionsOf(api, 'articles', 'short.txt').some((m) => m.includes('leader:rana-wijaya')), 'not linked before');
    const first = rangeOf(editor.document, 'Wijaya');
    const at = [uri.toString(), editor.document.offsetAt(first.start), editor.document.offsetAt(first.end)];
    await vscode.commands.executeCommand('sorot.linkMention', ...at, 'mention', 'leader:rana-wijaya');
    await waitFor(() => api.highlights.rangesFor(editor).LEADER.length === 1, 'the first Wijaya is a leader');
    assert.deepStrictEqual(mentionsOf(api, 'articles', 'short.txt').filter((m) => m.includes('Wijaya')), ['0-6 LEADER Wijaya leader:rana-wijaya']);
    await vscode.commands.executeCommand('sorot.applyToAll', ...at, 'file');
    await waitFor(() => api.highlights.rangesFor(editor).LEADER.length === 2, 'every Wijaya of the article');
    assert.deepStrictEqual(show(api.highlights.rangesFor(editor).LEADER), show(rangesOf(editor.document, 'Wijaya')));
    const onDisk = await decisionsOnDisk();
    assert.ok(onDisk.some((d) => d.scope === 'file' && d.file === 'articles/short.txt' && d.entity?.id === 'leader:rana-wijaya'), JSON.stringify(onDisk));
    // "Rana Wijaya" elsewhere is not cut short.
    assert.ok(mentionsOf(api, 'articles', 'article1.txt').some((m) => / LEADER Rana Wijaya leader:rana-wijaya$/.test(m)));
  });

  test('a stale decision after an edit is a diagnostic and stays on disk', async () => {
    const uri = workspaceUri('articles', 'stale.txt');
    await writeText(uri, 'Headline\n\nMalaysia and Indonesia met.\n');
    await waitFor(() => mentionsOf(api, 'articles', 'stale.txt').length === 2, 'stale.txt indexed');
    const text = 'Headline\n\nMalaysia and Indonesia met.\n';
    const start = text.indexOf('Malaysia');
    await vscode.commands.executeCommand('sorot.rejectMention', uri.toString(), start, start + 'Malaysia'.length);
    await waitFor(() => mentionsOf(api, 'articles', 'stale.txt').length === 1, 'Malaysia rejected');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), []);
    await writeText(uri, 'Headline\n\nIndonesia met alone.\n');
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'stale decision reported');
    const [diagnostic] = vscode.languages.getDiagnostics(uri);
    assert.match(diagnostic.message, /"Malaysia" \(reject\)/);
    assert.strictEqual(diagnostic.range.start.line, 2, 'near its old offset');
    const onDisk = await decisionsOnDisk();
    assert.ok(onDisk.some((d) => d.file === 'articles/stale.txt' && d.text === 'Malaysia' && d.action === 'reject'), 'still on disk');
    await writeText(uri, 'Headline\n\nMalaysia and Indonesia met.\n');
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'no longer stale once the text is back');
    assert.strictEqual(mentionsOf(api, 'articles', 'stale.txt').length, 1, 'and it applies again');
  });

  test('decisions written to the file from outside are reloaded', async () => {
    const line = JSON.stringify({ action: 'reject', scope: 'workspace', text: 'Japan', time: new Date().toISOString() });
    await writeText(decisionsUri(), line + '\n');
    await waitFor(() => !api.services.index.entity('country:JP'), 'Japan rejected everywhere');
    assert.deepStrictEqual(api.services.decisions.decisions.map((d) => d.text), ['Japan']);
  });
});
