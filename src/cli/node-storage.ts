import { promises as fs } from 'fs';
import * as path from 'path';
import type { StorageAdapter } from '../core/store';

/** The stores' file operations over Node's fs, relative to a workspace folder. */
export function nodeStorage(root: string): StorageAdapter {
  const resolve = (p: string) => path.join(root, p);
  return {
    read: (p) => fs.readFile(resolve(p), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    }),
    write: async (p, content) => {
      await fs.mkdir(path.dirname(resolve(p)), { recursive: true });
      await fs.writeFile(resolve(p), content);
    },
    rename: (from, to) => fs.rename(resolve(from), resolve(to)),
    delete: (p) => fs.rm(resolve(p), { force: true }),
  };
}
