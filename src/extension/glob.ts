/**
 * Glob matching for the few places VS Code offers no API for: checking a watcher event or an
 * opened document against `sorot.files.include`/`exclude` without searching the workspace.
 * Supports the syntax VS Code documents for these settings: `**`, `*`, `?`, `{a,b}`, `[abc]`.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let groups = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      groups++;
      source += '(?:';
    } else if (char === '}' && groups > 0) {
      groups--;
      source += ')';
    } else if (char === ',' && groups > 0) {
      source += '|';
    } else if (char === '[' && glob.indexOf(']', i + 2) > i) {
      const close = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      source += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
      i = close;
    } else {
      source += char.replace(/[.+^$()|\\[\]{}]/g, '\\$&');
    }
  }
  // An unbalanced brace is a typo in a setting; matching nothing beats throwing on every event.
  if (groups > 0) return /$^/;
  return new RegExp(`^${source}$`);
}

/** A compiled include/exclude pair over workspace-relative paths with forward slashes. */
export class PathFilter {
  private readonly include: RegExp;
  private readonly excludes: RegExp[];

  constructor(include: string, excludes: readonly string[]) {
    this.include = globToRegExp(include);
    this.excludes = excludes.filter((glob) => glob.trim() !== '').map(globToRegExp);
  }

  matches(relativePath: string): boolean {
    return this.include.test(relativePath) && !this.isExcluded(relativePath);
  }

  isExcluded(relativePath: string): boolean {
    return this.excludes.some((exclude) => exclude.test(relativePath));
  }
}
