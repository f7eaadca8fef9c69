import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';
import { HOVER_COMMANDS } from '../../../src/extension/hover';
import { closeAllEditors, getApi, openArticle, rangeOf, readable } from './helpers';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

suite('Hover', () => {
  let api: SorotApi;

  suiteSetup(async () => {
    api = await getApi();
  });

  suiteTeardown(closeAllEditors);

  test('describes the entity, its counts, companions and commands', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    const at = rangeOf(editor.document, 'Rana Wijaya', 1).start.translate(0, 3);
    const contents = await hoverText(editor.document.uri, at);
    assert.strictEqual(contents.length, 1, `one hover expected, got ${JSON.stringify(contents)}`);
    const text = readable(contents[0]);
    assert.match(text, /\*\*Rana Wijaya\*\* · Leader/);
    assert.match(text, /President of the fixture republic \(test data\) · Indonesia/);
    assert.match(text, /Also: Presiden Wijaya, Bu Rana/);
    assert.match(text, /2 mentions in this article · 3 mentions in 2 articles of the workspace/);
    assert.match(text, /Often with: Indonesia \(2\), Lembaga Kopi Nusantara \(2\)/);
    assert.match(contents[0], /\[Show all mentions\]\(command:sorot\.showMentions\?%5B%22leader%3Arana-wijaya%22%5D/);
    assert.match(contents[0], /\[Reveal in sidebar\]\(command:sorot\.revealEntity\?/);
  });

  test('trusts only Sorot commands and escapes knowledge-base and article text', async () => {
    const editor = await openArticle('articles', 'article2.txt');
    const mention = api.services.documents.mentionAt(editor.document, rangeOf(editor.document, 'Klub Tautan').start);
    assert.ok(mention);
    const markdown = api.hover.describe(editor.document, mention);
    assert.deepStrictEqual(markdown.isTrusted, { enabledCommands: HOVER_COMMANDS });
    assert.strictEqual(markdown.supportHtml, false);
    const linked = [...markdown.value.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.deepStrictEqual(
      linked,
      ['sorot.showMentions', 'sorot.revealEntity', 'sorot.acceptMention', 'sorot.rejectMention', 'sorot.rejectMention', 'sorot.changeType', 'sorot.linkMention', 'sorot.applyToAll'],
      'the description must not add a link',
    );
    assert.ok(linked.every((command) => HOVER_COMMANDS.includes(command)), 'every link is a trusted Sorot command');
    assert.ok(markdown.value.includes('\\[Quit now\\]\\(command\\:workbench'), markdown.value);
    assert.ok(markdown.value.includes('\\<img'), 'HTML is escaped');
    assert.ok(!/(^|[^\\])\*\*bold/.test(markdown.value), 'emphasis from the description is escaped');
  });

  test('gives no hover away from a name', async () => {
    const editor = await openArticle('articles', 'article1.txt');
    const contents = await hoverText(editor.document.uri, rangeOf(editor.document, 'coffee prices').start);
    assert.deepStrictEqual(contents, []);
  });
});
