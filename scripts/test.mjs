// `npm test`: the unit tests (mocha on Node), then the integration tests inside VS Code
// web. Prints one closing line with the totals of both: "N passed, N failed".
import { spawn } from 'node:child_process';

function run(command, args, parse) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, ...parse(output, code) }));
  });
}

const countsFromMocha = (output, code) => {
  const passed = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(output)?.[1] ?? 0);
  return { passed, failed: failed || (code !== 0 && passed === 0 ? 1 : 0) };
};

const countsFromSummary = (output, code) => {
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
  const last = lines[lines.length - 1];
  if (!last) return { passed: 0, failed: 1 };
  return { passed: Number(last[1]), failed: Number(last[2]) || (code !== 0 ? 1 : 0) };
};

const suites = [
  ['unit', process.execPath, ['node_modules/mocha/bin/mocha.js'], countsFromMocha],
  ['vscode', process.execPath, ['scripts/test-vscode-web.mjs'], countsFromSummary],
];
const only = process.argv[2];
let passed = 0;
let failed = 0;
for (const [name, command, args, parse] of suites) {
  if (only && only !== name) continue;
  const result = await run(command, args, parse);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
