// Runs the same integration suites inside desktop VS Code (Electron, Node extension host) with
// @vscode/test-electron. Needs network access to download VS Code, or VSCODE_EXECUTABLE set to
// a local `code` binary; on a headless Linux machine run it under xvfb-run.
// Like the web runner, its last line is "N passed, M failed" and it exits 1 on failure.
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const testsPath = path.join(root, 'dist/node/test/index.js');

let result;
let done = false;
function finish(error) {
  if (done) return;
  done = true;
  if (error) console.error(error?.stack ?? String(error));
  const passed = result?.passed ?? 0;
  const failed = result ? result.failed : 1;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

// The Node test bundle: built here rather than in scripts/build.js because only this runner
// uses it. mocha stays external: the Node host can require it from node_modules.
const esbuild = require('esbuild');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/vscode/node/index.ts'],
  outfile: testsPath,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

// The suites create, change and delete files: give them a copy of the fixture workspace.
const workspace = path.join(mkdtempSync(path.join(os.tmpdir(), 'sorot-desktop-')), 'workspace');
cpSync(path.join(root, 'test/vscode/fixtures/workspace'), workspace, { recursive: true });

// VS Code's output reaches this process's stdout; the Node entry's TEST_RESULT line is in it.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const match = /TEST_RESULT (\{.*\})/.exec(String(chunk));
  if (match) result = JSON.parse(match[1]);
  return write(chunk, ...rest);
};
process.on('unhandledRejection', (error) => finish(error));

const { runTests } = await import('@vscode/test-electron');
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: testsPath,
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_VERSION || undefined,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
  finish();
} catch (error) {
  // runTests rejects with the exit code when a test failed; the counts came through TEST_RESULT.
  finish(result ? undefined : error);
}
