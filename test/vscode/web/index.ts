// Entry of the test bundle for VS Code web: VS Code calls run() inside the extension host
// worker. The last line it logs, TEST_RESULT {...}, is what scripts/test-vscode-web.mjs reads.
require('mocha/mocha');

export function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 20000 });
  // Suites call suite()/test(), which exist only after setup: load them now, not at import.
  require('../suite/all');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`TEST_RESULT ${JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures })}`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
