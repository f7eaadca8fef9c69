// Runs the integration tests (test/vscode/suite) inside VS Code web in headless Chromium,
// on the fixture workspace. Its last line is always "N passed, M failed" (scripts/test.mjs
// reads it) and it exits 1 on any failure, including a browser that never starts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { prepareVSCodeWeb, root, webOptions } from './vscode-web-setup.mjs';

const TIMEOUT_MS = Number(process.env.TEST_WEB_TIMEOUT_MS ?? 180_000);
const port = Number(process.env.TEST_WEB_PORT ?? 3010);
const testsPath = path.join(root, 'dist/web/test/index.js');

let result;
let finished = false;
function finish(error) {
  if (finished) return;
  finished = true;
  if (error) console.error(error?.stack ?? String(error));
  const passed = result?.passed ?? 0;
  const failed = result ? result.failed : 1;
  const failedTotal = failed || (error && !result ? 1 : 0);
  console.log(`${passed} passed, ${failedTotal} failed`);
  process.exit(failedTotal > 0 || (error && !result) ? 1 : 0);
}

// The worker's console.log reaches Node through test-web as console.info; watch both.
for (const method of ['log', 'info']) {
  const original = console[method].bind(console);
  console[method] = (...args) => {
    const text = args.map(String).join(' ');
    const match = /TEST_RESULT (\{.*\})/.exec(text);
    if (match) result = JSON.parse(match[1]);
    original(...args);
  };
}
// A browser that fails to launch only logs an unhandled rejection and runTests never settles.
process.on('unhandledRejection', (error) => finish(error));
process.on('uncaughtException', (error) => finish(error));
setTimeout(() => finish(new Error(`VS Code web tests did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS).unref();

if (!existsSync(testsPath) || !existsSync(path.join(root, 'dist/web/extension.js'))) {
  finish(new Error('Build first: npm run build (dist/web/extension.js and dist/web/test/index.js are missing)'));
} else {
  prepareVSCodeWeb();
  const { runTests } = await import('@vscode/test-web');
  try {
    await runTests({
      ...webOptions(path.join(root, 'test/vscode/fixtures/workspace'), port),
      browserType: 'chromium',
      headless: true,
      browserOptions: ['--disable-gpu'],
      extensionTestsPath: testsPath,
    });
    finish();
  } catch (error) {
    // runTests rejects with a bare "Test failed"; the counts came through TEST_RESULT.
    finish(result ? undefined : error);
  }
}
