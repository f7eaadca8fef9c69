import * as assert from 'assert';
import * as vscode from 'vscode';
import { CorpusIndex, type Mention } from '../../../src/core';
import { EntityTreeProvider, PAGE_SIZE, type EntityTreeNode } from '../../../src/extension/entity-tree';
import type { Services } from '../../../src/extension/services';
import type { SorotApi } from '../../../src/extension/extension';
import { closeAllEditors, getApi, workspaceUri } from './helpers';

suite('Entities view', () => {
  let api: SorotApi;
  const labelOf = (node: EntityTreeNode) => {
    const item = api.sidebar.provider.getTreeItem(node);
    if (typeof item.label === 'string') return item.label;
    if (item.label) return item.label.label;
    return item.resourceUri?.path.split('/').pop() ?? '';
  };
  const children = (node?: EntityTreeNode) => api.sidebar.provider.getChildren(node);
  const typeNode = async (label: string) => {
    const node = (await children()).find((n) => labelOf(n) === label);
    assert.ok(node, `no "${label}" group`);
    return node;
  };

  suiteSetup(async () => {
    api = await getApi();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('sorot.entities.sortByCount');
    await vscode.commands.executeCommand('sorot.entities.filterTypes', ['LEADER', 'COUNTRY', 'ORGANIZATION', 'PERSON', 'PLACE']);
    await closeAllEditors();
  });

  test('groups the fixture entities by type with mention and article counts', async () => {
    assert.deepStrictEqual((await children()).map(labelOf), ['Leaders', 'Countries', 'Organizations', 'People']);
    const countries = await children(await typeNode('Countries'));
    assert.deepStrictEqual(countries.map(labelOf), ['Malaysia', 'Indonesia', 'Japan']);
    const organizations = await children(await typeNode('Organizations'));
    const described = organizations.map((n) => `${labelOf(n)}: ${api.sidebar.provider.getTreeItem(n).description}`);
    assert.deepStrictEqual(described, ['Lembaga Kopi Nusantara: 4 in 3 articles', 'Klub Tautan: 1 in 1 article']);
  });

  test('lists the articles of an entity and its mention lines; a click selects the mention', async () => {
    const [lkn] = await children(await typeNode('Organizations'));
    const articles = await children(lkn);
    assert.deepStrictEqual(articles.map(labelOf), ['article1.txt', 'article2.txt', 'article3.md']);
    const mentions = await children(articles[0]);
    assert.strictEqual(mentions.length, 2);
    assert.ok(labelOf(mentions[0]).endsWith('would work with the LKN on coffee prices.'), labelOf(mentions[0]));
    assert.ok(labelOf(mentions[1]).startsWith('The LKN welcomed the plan.'), labelOf(mentions[1]));
    const item = api.sidebar.provider.getTreeItem(mentions[1]).label as vscode.TreeItemLabel;
    assert.deepStrictEqual(item.highlights, [[4, 7]], 'the mention is highlighted in its preview');
    assert.deepStrictEqual(mentions.map((m) => api.sidebar.provider.getTreeItem(m).description), ['line 3', 'line 4']);
    const command = api.sidebar.provider.getTreeItem(mentions[1]).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), workspaceUri('articles', 'article1.txt').toString());
    assert.strictEqual(editor.document.getText(editor.selection), 'LKN');
    assert.deepStrictEqual([editor.selection.start.line, editor.selection.start.character], [3, 4]);
  });

  test('"Reveal in sidebar" selects the entity in the view', async () => {
    const found = await vscode.commands.executeCommand<boolean>('sorot.revealEntity', 'country:JP');
    assert.strictEqual(found, true);
    const selected = api.sidebar.view.selection[0];
    assert.ok(selected && selected.kind === 'entity', `selection: ${JSON.stringify(api.sidebar.view.selection)}`);
    assert.strictEqual(selected.id, 'country:JP');
  });

  test('sorts by name and filters by type', async () => {
    await vscode.commands.executeCommand('sorot.entities.sortByName');
    assert.deepStrictEqual((await children(await typeNode('Countries'))).map(labelOf), ['Indonesia', 'Japan', 'Malaysia']);
    await vscode.commands.executeCommand('sorot.entities.filterTypes', ['COUNTRY', 'PERSON']);
    assert.deepStrictEqual((await children()).map(labelOf), ['Countries', 'People']);
    assert.strictEqual(api.sidebar.view.description, 'Country, Person');
  });

  test('lists 10,000 entities a page at a time', async () => {
    const index = new CorpusIndex();
    for (let file = 0; file < 100; file++) {
      const mentions: Mention[] = [];
      for (let i = 0; i < 100; i++) {
        const n = file * 100 + i;
        mentions.push({ start: i * 10, end: i * 10 + 5, text: `P${n}`, type: 'PERSON', entity: { id: `person:p${n}`, name: `Person ${n}` }, source: 'kb' });
      }
      index.set(`memory:/article-${file}.txt`, mentions);
    }
    const provider = new EntityTreeProvider({ ...api.services, index } as Services);
    try {
      const started = Date.now();
      const [people] = await provider.getChildren();
      const page = await provider.getChildren(people);
      assert.ok(Date.now() - started < 2000, `listing took ${Date.now() - started} ms`);
      assert.strictEqual(page.length, PAGE_SIZE + 1);
      const more = page[PAGE_SIZE];
      assert.strictEqual(more.kind, 'more');
      assert.strictEqual(provider.getTreeItem(more).label, `Show ${PAGE_SIZE} more (${10_000 - PAGE_SIZE} not shown)`);
      provider.showMore('PERSON');
      assert.strictEqual((await provider.getChildren(people)).length, 2 * PAGE_SIZE + 1);
      // Revealing an entity far down the list pages far enough to include it.
      assert.ok(provider.nodeOf('person:p9999'));
      assert.ok((await provider.getChildren(people)).some((node) => node.kind === 'entity' && node.id === 'person:p9999'));
    } finally {
      provider.dispose();
    }
  });
});
