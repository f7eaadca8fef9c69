import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { HOVER_COMMANDS } from '../../../src/extension/hover';
import { locationOf } from '../../../src/extension/services';
import type { EntityTreeNode } from '../../../src/extension/entity-tree';
import { decisionsUri, removeIfExists } from './annotation-helpers';
import { closeAllEditors, getApi, rangesOf, show, waitFor, workspaceUri, writeText } from './helpers';

const encoder = new TextEncoder();

function concat(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : Uint8Array.from(part)));
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

suite('Reliability: odd files, races and storms', () => {
  let api: SorotApi;
  const created: vscode.Uri[] = [];
  const file = (...path: string[]) => {
    const uri = workspaceUri(...path);
    created.push(uri);
    return uri;
  };

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(closeAllEditors);

  suiteTeardown(async () => {
    for (const uri of created) await removeIfExists(uri);
    await removeIfExists(workspaceUri('storm'));
    await waitFor(() => created.every((uri) => !api.services.index.has(uri.toString()) && !api.services.indexer.skipped.has(uri.toString())), 'test files forgotten');
    await api.whenIndexed();
  });

  /** Indexes `uri` from disk (not from an editor), then checks the index's and the editor's ranges. */
  async function checkRanges(uri: vscode.Uri, bytes: Uint8Array, names: string[]): Promise<vscode.TextEditor> {
    await vscode.workspace.fs.writeFile(uri, bytes);
    await waitFor(() => api.services.index.has(uri.toString()), `${uri.path} indexed`);
    await api.whenIndexed();
    const key = uri.toString();
    // Positions the index computed from the bytes on disk, before any editor opened the file.
    const fromDisk = api.services.index.mentionsIn(key).map((mention) => locationOf(api.services, key, mention).range);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const document = editor.document;
    const expected = rangesOf(document, ...names);
    assert.strictEqual(expected.length, names.length, `every name occurs once in ${JSON.stringify(document.getText())}`);
    assert.deepStrictEqual(show(fromDisk), show(expected), 'index positions (read from disk) match the editor text');
    await waitFor(() => {
      const ranges = api.highlights.rangesFor(editor);
      return Object.values(ranges).flat().length === names.length;
    }, 'decorations set');
    const decorated = Object.values(api.highlights.rangesFor(editor)).flat().sort((a, b) => a.start.compareTo(b.start));
    assert.deepStrictEqual(show(decorated), show(expected), 'decorations sit on the names in document.getText()');
    for (const range of decorated) assert.ok(names.includes(document.getText(range)), `decorated "${document.getText(range)}"`);
    return editor;
  }

  test('an empty article is indexed with no mentions and no highlights', async () => {
    const uri = file('articles', 'empty.txt');
    await writeText(uri, '');
    await waitFor(() => api.services.index.has(uri.toString()), 'empty article indexed');
    assert.deepStrictEqual(api.services.index.mentionsIn(uri.toString()), []);
    const editor = await vscode.window.showTextDocument(uri);
    assert.strictEqual(editor.document.getText(), '');
    assert.deepStrictEqual(Object.values(api.highlights.rangesFor(editor)).flat(), []);
    assert.deepStrictEqual(await hoverTexts(uri, new vscode.Position(0, 0)), []);
  });

  test('invalid UTF-8 bytes: ranges count the replacement characters', async () => {
    const uri = file('articles', 'broken-utf8.txt');
    // Not at the very start: FF FE there would be read as a UTF-16 byte order mark.
    const bytes = concat('Awal ', [0xff, 0xfe], ' Indonesia ', [0xc3], 'x ', [0xe2, 0x82], ' Malaysia\n', [0x80, 0x80, 0xf0, 0x9f], 'Japan.\n');
    const editor = await checkRanges(uri, bytes, ['Indonesia', 'Malaysia', 'Japan']);
    assert.ok(editor.document.getText().includes('\uFFFD'), 'the editor shows replacement characters');
  });

  test('a UTF-8 BOM file: ranges ignore the BOM', async () => {
    const uri = file('articles', 'bom.txt');
    const editor = await checkRanges(uri, concat([0xef, 0xbb, 0xbf], 'Indonesia dan Malaysia.\nJapan juga.\n'), ['Indonesia', 'Malaysia', 'Japan']);
    assert.strictEqual(editor.document.getText().charCodeAt(0), 'I'.charCodeAt(0));
  });

  test('CRLF and mixed line endings (CRLF, LF, lone CR): ranges on the right lines', async () => {
    await checkRanges(file('articles', 'crlf.txt'), concat('Judul\r\n\r\nIndonesia dan Malaysia.\r\nJapan juga.\r\n'), ['Indonesia', 'Malaysia', 'Japan']);
    const editor = await checkRanges(file('articles', 'mixed-eol.txt'), concat('Judul\r\nIndonesia hari ini.\nLalu Malaysia.\rAkhirnya Japan.\r\n'), ['Indonesia', 'Malaysia', 'Japan']);
    assert.strictEqual(editor.document.lineCount, 5);
    assert.strictEqual(api.highlights.rangesFor(editor).COUNTRY[2].start.line, 3, 'Japan after a lone CR is on line 4');
  });

  test('emoji, surrogate pairs and combining marks before names', async () => {
    const text = '👩‍👩‍👧 🇮🇩 Joko Widodo, e\u0301\u0301 Indonesia; 𝒳𝒴 Malaysia 😀😀 Anwar Ibrahim.\n';
    await checkRanges(file('articles', 'emoji.txt'), concat(text), ['Joko Widodo', 'Indonesia', 'Malaysia', 'Anwar Ibrahim']);
  });

  test('a file deleted, renamed and rewritten right after creation ends consistent in the index', async () => {
    const deleted = file('articles', 'race-deleted.txt');
    const renamed = file('articles', 'race-renamed.txt');
    const target = file('articles', 'race-target.txt');
    const rewritten = file('articles', 'race-rewritten.txt');
    await Promise.all([writeText(deleted, 'Japan.\n'), writeText(renamed, 'Malaysia dan Japan.\n'), writeText(rewritten, 'Japan.\n')]);
    // No waiting: the watcher's events for the creation are still on their way, or being read.
    await Promise.all([
      vscode.workspace.fs.delete(deleted),
      vscode.workspace.fs.rename(renamed, target),
      writeText(rewritten, 'Indonesia dan Malaysia.\n'),
    ]);
    const ids = (uri: vscode.Uri) => api.services.index.mentionsIn(uri.toString()).map((m) => m.entity.id);
    await waitFor(
      () => !api.services.index.has(deleted.toString()) && !api.services.index.has(renamed.toString()) && api.services.index.has(target.toString()) && ids(rewritten).length === 2,
      'index settled after the race',
    );
    await api.whenIndexed();
    await new Promise((resolve) => setTimeout(resolve, 500)); // late reads must not bring anything back
    assert.ok(!api.services.index.has(deleted.toString()), 'the deleted file is absent');
    assert.ok(!api.services.index.has(renamed.toString()), 'the old name is absent');
    assert.deepStrictEqual(ids(target), ['country:MY', 'country:JP'], 'the renamed file is under its new name');
    assert.deepStrictEqual(ids(rewritten), ['country:ID', 'country:MY'], 'the rewritten file has its new mentions');
  });

  test('1,000 files written at once: the index settles in few batches with the right counts, and a deleted folder is forgotten', async function () {
    this.timeout(90_000);
    const { index } = api.services;
    await api.whenIndexed();
    const stormPrefix = workspaceUri('storm').toString() + '/';
    const inStorm = () => index.files().filter((f) => f.startsWith(stormPrefix)).length;
    const baseFiles = index.fileCount;
    const baseJapan = index.entity('country:JP')?.mentionCount ?? 0;
    const logStart = api.log.recent.length;
    const count = 1000;
    const started = Date.now();
    await Promise.all(Array.from({ length: count }, (_, i) => writeText(workspaceUri('storm', `s${String(i).padStart(4, '0')}.txt`), `Berita ${i}: Japan dan Japan.\n`)));
    await waitFor(() => inStorm() === count, `all ${count} files indexed (${inStorm()} so far)`, 60_000);
    assert.strictEqual(index.fileCount, baseFiles + count);
    await api.whenIndexed();
    console.log(`[reliability] watcher storm: ${count} files written and indexed in ${Date.now() - started} ms`);
    assert.strictEqual(index.entity('country:JP')?.mentionCount, baseJapan + 2 * count);
    const batches = api.log.recent.slice(logStart).filter((line) => /Index updated from \d+ changed files/.test(line));
    assert.ok(batches.length > 0 && batches.length < count / 10, `debounced into few batches, got ${batches.length}`);
    await waitFor(() => api.statusBar.indexText.endsWith(`· ${baseFiles + count} articles`), `status bar counts them: ${api.statusBar.indexText}`);

    await vscode.workspace.fs.delete(workspaceUri('storm'), { recursive: true });
    await waitFor(() => inStorm() === 0, `deleted folder forgotten (${inStorm()} left)`, 30_000);
    assert.strictEqual(index.fileCount, baseFiles);
    assert.strictEqual(index.entity('country:JP')?.mentionCount ?? 0, baseJapan);
  });

  test('a file over a small sorot.files.maxFileSizeMB is skipped, counted and logged', async () => {
    const section = () => vscode.workspace.getConfiguration('sorot');
    const uri = file('articles', 'big.txt');
    await section().update('files.maxFileSizeMB', 0.05, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => api.services.config.settings.maxFileSizeBytes === 0.05 * 1024 * 1024, 'setting applied');
      const line = 'Indonesia and Malaysia signed the accord again today.\n';
      await writeText(uri, line.repeat(Math.ceil(60_000 / line.length)));
      await waitFor(() => api.services.indexer.skipped.get(uri.toString()) === 'oversized', 'big file skipped');
      await api.whenIndexed();
      assert.ok(!api.services.index.has(uri.toString()));
      await waitFor(() => api.statusBar.indexItem.text.endsWith('· 2 skipped'), `status bar: ${api.statusBar.indexItem.text}`);
      const tooltip = (api.statusBar.indexItem.tooltip as vscode.MarkdownString).value;
      assert.match(tooltip, /1 file larger than `sorot\.files\.maxFileSizeMB` \(0\.05 MB\) skipped/);
      assert.ok(api.log.recent.some((l) => /\[info\] Skipped articles\/big\.txt: larger than sorot\.files\.maxFileSizeMB/.test(l)), 'the skip is logged with its reason');
      // Opened in an editor it is not annotated either: no highlights, no hover, told once.
      const editor = await vscode.window.showTextDocument(uri);
      assert.deepStrictEqual(api.services.documents.mentionsOf(editor.document), []);
      assert.deepStrictEqual(await hoverTexts(uri, new vscode.Position(0, 2)), []);
      await waitFor(() => api.log.recent.some((l) => /Not highlighting articles\/big\.txt: it is larger than sorot\.files\.maxFileSizeMB \(0\.05 MB\)/.test(l)), 'the editor tells why it has no highlights');
      assert.strictEqual(api.log.recent.filter((l) => l.includes('Not highlighting articles/big.txt')).length, 1, 'told once');
      // Under a larger limit the same editor is highlighted again.
      await section().update('files.maxFileSizeMB', 1, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length > 1000, 'highlighted under a larger limit');
      assert.ok(api.services.documents.mentionsOf(editor.document).some((m) => m.entity.id === 'country:MY'));
      await section().update('files.maxFileSizeMB', 0.05, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.highlights.rangesFor(editor).COUNTRY.length === 0, 'highlights gone under the small limit again');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      // A full pass (here one asked for; the setting's own pass may have run before the write) logs its counts.
      await vscode.commands.executeCommand('sorot.refreshIndex');
      await api.whenIndexed();
      await waitFor(() => api.log.recent.some((l) => /Indexing finished in \d+ ms: .* 2 skipped \(1 binary, 1 oversized\)/.test(l)), 'the pass is logged with counts and time');
    } finally {
      await section().update('files.maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
      await removeIfExists(uri);
      await waitFor(() => !api.services.indexer.skipped.has(uri.toString()), 'skip forgotten');
      await api.whenIndexed();
    }
  });

  test('Markdown, HTML and command: links in an article stay inert in the hover and the Entities view', async () => {
    const uri = file('articles', 'crafted.md');
    const text = '# [Klik](command:workbench.action.quit) Jokowi <img src=x onerror=alert(1)> **Malaysia** `Japan` [Anwar Ibrahim](command:sorot.acceptMention?%5B%5D) <a href="command:workbench.action.quit">Indonesia</a>\n';
    await writeText(uri, text);
    await waitFor(() => api.services.index.mentionsIn(uri.toString()).length >= 4, 'crafted article indexed');
    const editor = await vscode.window.showTextDocument(uri);
    const mentions = api.services.documents.mentionsOf(editor.document);
    assert.deepStrictEqual(mentions.map((m) => m.entity.id), ['leader:joko-widodo', 'country:MY', 'country:JP', 'leader:anwar-ibrahim', 'country:ID']);
    for (const mention of mentions) {
      const contents = await hoverTexts(uri, editor.document.positionAt(mention.start + 1));
      assert.strictEqual(contents.length, 1, `one hover on ${mention.text}`);
      const value = contents[0];
      const links = [...value.matchAll(/(?<!\\)\]\((command:[^)\s]*)/g)].map((m) => m[1]);
      assert.strictEqual(links.length, 8, `only Sorot's own eight links on ${mention.text}`);
      for (const link of links) {
        const command = /^command:([\w.]+)/.exec(link)?.[1] ?? '';
        assert.ok(HOVER_COMMANDS.includes(command), `link to ${command}`);
      }
      assert.ok(!value.includes('workbench.action.quit'), 'the article\'s command link is not in the hover');
      assert.ok(!/(?<!\\)<(img|a)\b/.test(value), 'no raw HTML');
      const markdown = api.hover.describe(editor.document, mention);
      assert.deepStrictEqual(markdown.isTrusted, { enabledCommands: HOVER_COMMANDS });
      assert.strictEqual(markdown.supportHtml, false);
    }
    // "Jokowi" is the mention's text, shown escaped in the hover's source line.
    const jokowi = await hoverTexts(uri, editor.document.positionAt(mentions[0].start + 1));
    assert.match(jokowi[0], /for “Jokowi”/);

    const { provider } = api.sidebar;
    const check = (node: EntityTreeNode) => {
      const item = provider.getTreeItem(node);
      // An article item has no label of its own: VS Code shows its resourceUri's file name.
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? item.resourceUri?.path.split('/').pop();
      assert.strictEqual(typeof label, 'string', `${node.kind} label is plain`);
      assert.ok(item.tooltip === undefined || typeof item.tooltip === 'string', `${node.kind} tooltip is a plain string`);
      return label!;
    };
    const previews: string[] = [];
    for (const mention of mentions) {
      const entity = provider.nodeOf(mention.entity.id);
      assert.ok(entity, mention.entity.id);
      check(entity);
      const article = (await provider.getChildren(entity)).find((node) => node.kind === 'article' && node.file === uri.toString());
      assert.ok(article, `article node of ${mention.entity.id}`);
      check(article);
      for (const node of await provider.getChildren(article)) previews.push(check(node));
    }
    assert.ok(previews.some((preview) => preview.includes('[Klik](command:workbench.action.quit)')), 'the preview shows the article text as typed, as a plain label');
  });

  test('a malformed line of .sorot/decisions.jsonl is a diagnostic and the other decisions still apply', async () => {
    const uri = decisionsUri();
    const good = (text: string) => JSON.stringify({ action: 'reject', scope: 'file', file: 'articles/article1.txt', text, time: '2026-11-25T00:00:00.000Z' });
    await writeText(uri, `${good('Tomas Halim')}\n{"action": "reject", "scope": \n${good('Malaysia')}\n`);
    try {
      await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'diagnostic on the bad line');
      const [diagnostic] = vscode.languages.getDiagnostics(uri);
      assert.strictEqual(diagnostic.range.start.line, 1);
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diagnostic.message, /not valid JSON/);
      await waitFor(() => !api.services.index.entity('person:tomas-halim'), 'line 1 applies');
      const article1 = workspaceUri('articles', 'article1.txt').toString();
      await waitFor(() => !api.services.index.mentionsIn(article1).some((m) => m.entity.id === 'country:MY'), 'line 3 applies');
      assert.ok(api.log.recent.some((l) => /\[warn\] \.sorot\/decisions\.jsonl:2: not valid JSON/.test(l)), 'the bad line is logged');
    } finally {
      await removeIfExists(uri);
      await waitFor(() => !!api.services.index.entity('person:tomas-halim'), 'decisions gone');
      await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'diagnostic gone');
    }
  });

  test('the Sorot output channel follows sorot.logLevel', async () => {
    assert.strictEqual(api.log.level, 'info');
    assert.ok(api.log.recent.some((l) => /\[info\] Indexing started/.test(l)));
    const section = vscode.workspace.getConfiguration('sorot');
    await section.update('logLevel', 'error', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => api.log.level === 'error', 'level applied');
      const before = api.log.recent.length;
      api.log.info('hidden');
      api.log.error('shown');
      assert.deepStrictEqual(api.log.recent.slice(before).map((l) => l.replace(/^\S+ /, '')), ['[error] shown']);
    } finally {
      await section.update('logLevel', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
  });
});
