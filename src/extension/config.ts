import * as vscode from 'vscode';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../core';

/** A snapshot of the `sorot.*` settings, read once per change instead of on every keystroke. */
export interface SorotSettings {
  highlightEnabled: boolean;
  highlightTypes: readonly EntityType[];
  languages: readonly string[];
  include: string;
  exclude: string;
  maxFileSizeBytes: number;
  /** Annotator threads for full index passes; undefined for one per spare core. */
  indexingThreads: number | undefined;
  /** Keep annotations between sessions, so a reopened workspace re-annotates only what changed. */
  indexingCache: boolean;
}

const DEFAULT_INCLUDE = '**/*.{txt,md,news}';
const DEFAULT_EXCLUDE = '**/{node_modules,.git,.sorot,.vscode,.vscode-test,.vscode-test-web,dist,out}/**';

function read(): SorotSettings {
  const section = vscode.workspace.getConfiguration('sorot');
  const types = section.get<unknown[]>('highlight.types', [...ENTITY_TYPES]);
  const languages = section.get<unknown[]>('languages', ['plaintext', 'markdown', 'news']);
  const sizeMB = section.get<number>('files.maxFileSizeMB', 2);
  return {
    highlightEnabled: section.get<boolean>('highlight.enabled', true),
    // Settings are hand-edited JSON: drop values that are not entity types instead of failing.
    highlightTypes: Array.isArray(types) ? types.filter(isEntityType) : [...ENTITY_TYPES],
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [],
    include: section.get<string>('files.include') || DEFAULT_INCLUDE,
    exclude: section.get<string>('files.exclude') ?? DEFAULT_EXCLUDE,
    maxFileSizeBytes: Math.max(1, (Number.isFinite(sizeMB) && sizeMB > 0 ? sizeMB : 2) * 1024 * 1024),
    indexingThreads: threadsSetting(section.get<unknown>('indexing.threads')),
    indexingCache: section.get<unknown>('indexing.cache', true) !== false,
  };
}

/** A whole number of threads from 0 to 16; anything else means automatic. */
function threadsSetting(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, 16) : undefined;
}

/** The current settings and an event when any of them changes. */
export class Config implements vscode.Disposable {
  private current = read();
  private readonly changed = new vscode.EventEmitter<SorotSettings>();
  private readonly listener: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('sorot')) return;
      this.current = read();
      this.changed.fire(this.current);
    });
  }

  get settings(): SorotSettings {
    return this.current;
  }

  /** Whether Sorot highlights and answers hovers in this document. */
  appliesTo(document: vscode.TextDocument): boolean {
    return this.current.languages.includes(document.languageId) && document.uri.scheme !== 'output';
  }

  /**
   * Writes a setting where it takes effect: a workspace value would shadow a user value,
   * so a toggle must change the workspace one when it exists.
   */
  async update(key: string, value: unknown): Promise<void> {
    const section = vscode.workspace.getConfiguration('sorot');
    const inspected = section.inspect(key);
    const target = inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
    await section.update(key, value, target);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
