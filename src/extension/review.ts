import * as vscode from 'vscode';
import { describeError, reportError } from './log';
import { SerialQueue, writeAtomic } from '../core';
import type { Services } from './services';
import type { Sidebar } from './sidebar';
import { relativePath, workspaceStorage } from './storage';

export const REVIEWED_FILE = '.sorot/reviewed.json';

/**
 * Review progress: the articles a person has marked reviewed, kept as a sorted list of
 * workspace-relative paths in `.sorot/reviewed.json`, shown in the status bar and the
 * Entities view title as "reviewed k of n".
 */
export class ReviewProgress implements vscode.Disposable {
  private reviewedSet = new Set<string>();
  readonly item = vscode.window.createStatusBarItem('sorot.review', vscode.StatusBarAlignment.Right, 98);
  private readonly storage = workspaceStorage();
  private readonly disposables: vscode.Disposable[] = [this.item];
  text = '';
  /** Contents this session wrote: the watcher reports our own writes back, sometimes late. */
  private readonly written = new Set<string>();
  private writing = 0;
  private readonly queue = new SerialQueue();

  constructor(private readonly services: Services, private readonly sidebar: Sidebar) {
    this.item.name = 'Sorot Review Progress';
    this.item.command = 'sorot.nextUnreviewed';
    if (this.storage) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.storage.root, REVIEWED_FILE));
      const reload = () => void this.load();
      this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    // Indexing changes thousands of files: count once they settle.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.update(), 100);
    };
    this.disposables.push(new vscode.Disposable(services.index.onDidChange(schedule)), new vscode.Disposable(() => clearTimeout(timer)));
    this.update();
  }

  get reviewed(): readonly string[] {
    return [...this.reviewedSet].sort();
  }

  /** Relative paths of the indexed articles, sorted. */
  articles(): string[] {
    return this.services.index.files().map((file) => relativePath(vscode.Uri.parse(file))).sort();
  }

  async load(): Promise<void> {
    if (!this.storage) return;
    try {
      if (this.writing > 0) return;
      const text = await this.storage.read(REVIEWED_FILE);
      if (text !== undefined && this.written.has(text)) return;
      const list = text ? (JSON.parse(text) as unknown) : [];
      this.reviewedSet = new Set(Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
    } catch (error) {
      void reportError(`Sorot could not read ${REVIEWED_FILE}: ${describeError(error)}. Review progress starts empty; fix or delete the file to keep it.`, { [`Open ${REVIEWED_FILE}`]: () => this.storage && vscode.window.showTextDocument(this.storage.uri(REVIEWED_FILE)) }, 'warn');
    }
    this.update();
  }

  /** Marks an article reviewed, or not reviewed if it was; returns the new state. */
  async toggle(uri: vscode.Uri): Promise<boolean> {
    if (!this.storage) return false;
    if (!vscode.workspace.isTrusted) {
      void reportError(`Sorot does not write ${REVIEWED_FILE} in Restricted Mode. Trust the workspace to record review progress.`, {
        'Manage Workspace Trust': () => vscode.commands.executeCommand('workbench.trust.manage'),
      }, 'warn');
      return this.reviewedSet.has(relativePath(uri));
    }
    const file = relativePath(uri);
    const reviewed = !this.reviewedSet.has(file);
    if (reviewed) this.reviewedSet.add(file);
    else this.reviewedSet.delete(file);
    this.update();
    const content = JSON.stringify(this.reviewed, null, 2) + '\n';
    if (this.written.size > 20) this.written.clear();
    this.written.add(content);
    this.writing++;
    try {
      await this.queue.run(() => writeAtomic(this.storage!, REVIEWED_FILE, content));
    } catch (error) {
      void reportError(`Sorot could not save ${REVIEWED_FILE}: ${describeError(error)}. Check that the folder is writable, then mark the article again.`);
    } finally {
      this.writing--;
    }
    return reviewed;
  }

  nextUnreviewed(after?: vscode.Uri): string | undefined {
    const articles = this.articles();
    const current = after ? relativePath(after) : '';
    const open = articles.filter((file) => !this.reviewedSet.has(file));
    return open.find((file) => file > current) ?? open[0];
  }

  update(): void {
    const articles = this.articles();
    const done = articles.filter((file) => this.reviewedSet.has(file)).length;
    this.text = `reviewed ${done} of ${articles.length}`;
    this.item.text = `$(checklist) ${this.text}`;
    this.item.tooltip = 'Sorot review progress. Click to open the next unreviewed article.';
    if (articles.length > 0) this.item.show();
    else this.item.hide();
    this.sidebar.view.title = articles.length > 0 ? `Entities (${this.text})` : 'Entities';
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

export function activate(context: vscode.ExtensionContext, services: Services, sidebar: Sidebar): ReviewProgress {
  const review = new ReviewProgress(services, sidebar);
  context.subscriptions.push(
    review,
    vscode.commands.registerCommand('sorot.markReviewed', async (uri?: unknown) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target || !vscode.workspace.getWorkspaceFolder(target)) {
        void vscode.window.showInformationMessage('Sorot: open an article of the workspace to mark it reviewed.');
        return undefined;
      }
      const reviewed = await review.toggle(target);
      vscode.window.setStatusBarMessage(`Sorot: ${relativePath(target)} ${reviewed ? 'marked reviewed' : 'no longer marked reviewed'} (${review.text})`, 3000);
      return reviewed;
    }),
    vscode.commands.registerCommand('sorot.nextUnreviewed', async () => {
      const next = review.nextUnreviewed(vscode.window.activeTextEditor?.document.uri);
      if (!next) {
        void vscode.window.showInformationMessage(`Sorot: every article is reviewed (${review.text}).`);
        return undefined;
      }
      const uri = services.indexer.uriOf(next);
      await vscode.window.showTextDocument(uri, { preview: false });
      return next;
    }),
  );
  void review.load();
  return review;
}
