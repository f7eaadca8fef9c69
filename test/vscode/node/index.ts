// Entry of the test bundle for desktop VS Code (Node extension host), used by
// scripts/test-vscode-desktop.mjs; the suites are the same as in the web host.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000 });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  require('../suite/all');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`TEST_RESULT ${JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: failures })}`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
