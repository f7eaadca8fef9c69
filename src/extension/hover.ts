import * as vscode from 'vscode';
import type { KbEntry, Mention } from '../core';
import { DECISION_COMMANDS } from './mention-actions';
import { commandUri, TYPE_LABEL, type Services } from './services';

/** Commands a hover may run; article text can never add a link to anything else. */
export const HOVER_COMMANDS = ['sorot.showMentions', 'sorot.revealEntity', ...DECISION_COMMANDS];

const SOURCE_LABEL: Record<Mention['source'], string> = {
  kb: 'knowledge base',
  rule: 'recognized from context',
  user: 'your annotation',
};

/**
 * Escapes text that comes from articles or knowledge-base files so it renders as plain text:
 * no emphasis, no links, no HTML, no line breaks that start a heading.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, '\\$&');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function officeOf(entry: KbEntry | undefined): string | undefined {
  if (!entry) return undefined;
  if (entry.description) return entry.description;
  const role = entry.roles?.[0];
  if (!role) return undefined;
  const span = role.from ? ` (${role.from}–${role.to ?? ''})` : '';
  return `${role.title}${role.of ? ` of ${role.of}` : ''}${span}`;
}

export class EntityHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  /** Co-occurrence walks every article of an entity: remember it until the index changes. */
  private readonly companions = new Map<string, ReturnType<Services['index']['cooccurring']>>();
  private readonly unsubscribe: () => void;

  constructor(private readonly services: Services) {
    this.unsubscribe = services.index.onDidChange(() => this.companions.clear());
  }

  dispose(): void {
    this.unsubscribe();
  }

  private companionsOf(id: string) {
    let together = this.companions.get(id);
    if (!together) this.companions.set(id, (together = this.services.index.cooccurring(id, 5)));
    return together;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const { config, documents } = this.services;
    if (!config.settings.highlightEnabled || !config.appliesTo(document)) return undefined;
    const mention = documents.mentionAt(document, position);
    if (!mention || !config.settings.highlightTypes.includes(mention.type)) return undefined;
    const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
    return new vscode.Hover(this.describe(document, mention), range);
  }

  describe(document: vscode.TextDocument, mention: Mention): vscode.MarkdownString {
    const { knowledgeBase, index, documents } = this.services;
    const kb = knowledgeBase.current;
    const entry = kb.get(mention.entity.id);
    const id = mention.entity.id;
    const lines: string[] = [];

    lines.push(`**${escapeMarkdown(mention.entity.name)}** · ${TYPE_LABEL[mention.type]}`);
    const facts: string[] = [];
    const office = officeOf(entry);
    if (office) facts.push(escapeMarkdown(office));
    if (entry?.country && mention.type !== 'COUNTRY') facts.push(escapeMarkdown(kb.get(`country:${entry.country}`)?.name ?? entry.country));
    if (facts.length > 0) lines.push(facts.join(' · '));
    const aliases = entry ? kb.surfaces(entry).filter((surface) => surface !== mention.entity.name) : [];
    if (aliases.length > 0) lines.push(`Also: ${aliases.slice(0, 8).map(escapeMarkdown).join(', ')}${aliases.length > 8 ? ', …' : ''}`);

    const inArticle = documents.mentionsOf(document).filter((m) => m.entity.id === id).length;
    const corpus = index.entity(id);
    const counts = [`${plural(inArticle, 'mention')} in this article`];
    counts.push(corpus ? `${plural(corpus.mentionCount, 'mention')} in ${plural(corpus.fileCount, 'article')} of the workspace` : 'not in the indexed articles');
    lines.push(counts.join(' · '));

    const together = this.companionsOf(id);
    if (together.length > 0) {
      lines.push(`Often with: ${together.map(({ entity, articles }) => `${escapeMarkdown(entity.name)} (${articles})`).join(', ')}`);
    }
    lines.push(`Source: ${SOURCE_LABEL[mention.source]}${mention.text !== mention.entity.name ? ` for “${escapeMarkdown(mention.text)}”` : ''}`);
    lines.push(`[Show all mentions](${commandUri('sorot.showMentions', id)} "Peek every mention in the workspace") · [Reveal in sidebar](${commandUri('sorot.revealEntity', id)} "Show this entity in the Entities view")`);

    const at = [document.uri.toString(), mention.start, mention.end];
    lines.push(
      [
        `[Accept](${commandUri('sorot.acceptMention', ...at)} "Confirm this mention")`,
        `[Reject](${commandUri('sorot.rejectMention', ...at)} "Not an entity here")`,
        `[Reject in article](${commandUri('sorot.rejectMention', ...at, 'file')} "Not an entity anywhere in this article")`,
        `[Change type…](${commandUri('sorot.changeType', ...at)} "Choose another entity type")`,
        `[Link…](${commandUri('sorot.linkMention', ...at)} "Link to another entity")`,
        `[Apply to all…](${commandUri('sorot.applyToAll', ...at)} "Repeat the last decision for every occurrence")`,
      ].join(' · '),
    );
    const markdown = new vscode.MarkdownString(lines.join('\n\n'));
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    markdown.supportHtml = false;
    return markdown;
  }
}

export function activate(context: vscode.ExtensionContext, services: Services): EntityHoverProvider {
  const provider = new EntityHoverProvider(services);
  // Every document of every scheme (file, untitled, vscode-vfs, …): the language check runs per
  // document, so a change of `sorot.languages` applies without registering again.
  context.subscriptions.push(provider, vscode.languages.registerHoverProvider('*', provider));
  return provider;
}
