/**
 * The few file operations the stores need, so that the same code runs over Node's `fs`
 * (CLI, tests) and over `vscode.workspace.fs` (desktop, web and virtual workspaces).
 */
export interface StorageAdapter {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  write(path: string, content: string): Promise<void>;
  /** Replaces `to` with `from` in one step. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
}

let counter = 0;

/**
 * Writes through a temporary file and a rename, so a crash leaves either the old file or
 * the new one, never half of one. The temporary file is removed when the rename fails.
 */
export async function writeAtomic(storage: StorageAdapter, path: string, content: string): Promise<void> {
  const temporary = `${path}.tmp-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  await storage.write(temporary, content);
  try {
    await storage.rename(temporary, path);
  } catch (error) {
    await storage.delete(temporary).catch(() => undefined);
    throw error;
  }
}

/** Runs tasks one after another, so that concurrent writers never interleave. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
