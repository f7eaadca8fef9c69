import * as vscode from 'vscode';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };
const LEVELS = Object.keys(ORDER) as LogLevel[];
/** Lines kept in memory for `recent` (tests and bug reports); the channel keeps them all. */
const RECENT_LINES = 500;

function readLevel(): LogLevel {
  const value = vscode.workspace.getConfiguration('sorot').get<string>('logLevel', 'info');
  return LEVELS.includes(value as LogLevel) ? (value as LogLevel) : 'info';
}

/**
 * The "Sorot" output channel, filtered by `sorot.logLevel`. A plain channel with its own
 * levels rather than a LogOutputChannel, whose level only follows VS Code's global log level.
 */
export class Logger implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Sorot');
  private levelValue = readLevel();
  private readonly lines: string[] = [];
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('sorot.logLevel')) this.levelValue = readLevel();
  });

  get level(): LogLevel {
    return this.levelValue;
  }

  /** The last lines written, oldest first. */
  get recent(): readonly string[] {
    return this.lines;
  }

  error(message: string): void {
    this.write('error', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  info(message: string): void {
    this.write('info', message);
  }

  debug(message: string): void {
    this.write('debug', message);
  }

  private write(level: LogLevel, message: string): void {
    if (ORDER[level] > ORDER[this.levelValue]) return;
    const line = `${new Date().toISOString()} [${level}] ${message}`;
    this.lines.push(line);
    if (this.lines.length > RECENT_LINES) this.lines.splice(0, this.lines.length - RECENT_LINES);
    this.channel.appendLine(line);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.listener.dispose();
    this.channel.dispose();
  }
}

/** The extension's one logger, set by `activate`; modules log through it and their messages offer "Show Log". */
let current: Logger | undefined;

export function setLogger(logger: Logger | undefined): void {
  current = logger;
}

export function log(): Logger | undefined {
  return current;
}

export const SHOW_LOG = 'Show Log';

/** The text of an error, without a stack. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Logs an error and shows it with a next step: the given actions (label → what to do) and
 * always "Show Log". Resolves with the label chosen, after running its action.
 */
export async function reportError(message: string, actions: Record<string, () => unknown> = {}, severity: 'error' | 'warn' = 'error'): Promise<string | undefined> {
  current?.[severity](message);
  const labels = [...Object.keys(actions), SHOW_LOG];
  const show = severity === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  const chosen = await show(message, ...labels);
  if (chosen === SHOW_LOG) current?.show();
  else if (chosen) await actions[chosen]?.();
  return chosen;
}
