// `npm run bench:web`: opens the bench corpus (bench/corpus, from `npm run bench`) in VS Code
// for the Web in headless Chromium with Sorot loaded, times its index passes there, and
// writes bench/RESULTS-web.md. Needs `npm run build` and Chromium; takes a few minutes.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import esbuild from 'esbuild';
import { prepareVSCodeWeb, root, webOptions } from '../scripts/vscode-web-setup.mjs';

const corpus = path.join(root, 'bench/corpus');
if (!existsSync(corpus)) {
  console.error('No bench/corpus yet: run npm run bench first (it generates the corpus).');
  process.exit(1);
}
const entry = path.join(root, '.bench/web-bench-entry.js');
await esbuild.build({ entryPoints: [path.join(root, 'bench/vscode-web-entry.ts')], outfile: entry, bundle: true, platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'error' });

let result;
for (const method of ['log', 'info']) {
  const original = console[method].bind(console);
  console[method] = (...args) => {
    const match = /WEB_BENCH (\{.*\})/.exec(args.map(String).join(' '));
    if (match) result = JSON.parse(match[1]);
    else original(...args);
  };
}
prepareVSCodeWeb();
const { runTests } = await import('@vscode/test-web');
await runTests({ ...webOptions(corpus, 3030), browserType: 'chromium', headless: true, browserOptions: ['--disable-gpu'], extensionTestsPath: entry });
if (!result) {
  console.error('The run inside VS Code printed no result.');
  process.exit(1);
}
const rows = result.passes.map((p) => `| ${p.label} | ${(p.ms / 1000).toFixed(2)} s | ${p.where} | ${p.fromCache.toLocaleString('en')} |`).join('\n');
const md = `# Benchmarks inside VS Code for the Web

Produced by \`npm run bench:web\` on ${new Date().toISOString().slice(0, 10)}: the bench corpus (${result.files.toLocaleString('en')} articles,
${result.entities.toLocaleString('en')} entities) opened as a folder in VS Code for the Web (\`@vscode/test-web\`, headless
Chromium) with Sorot loaded. Each row is one full index pass as the extension's log reports it,
from the file listing to the last article indexed. Activation took ${result.activationMs} ms.

| pass | time | annotated on (as logged) | articles from the annotation cache |
| --- | ---: | --- | ---: |
${rows}

The test harness serves the folder through an in-memory file system that fetches each file
over HTTP the first time it is read, so the first pass mostly waits for those fetches; later
passes read from memory. Every pass still reads each article through \`workspace.fs\` (a stat
and a read), which is most of a pass from the cache here.
`;
writeFileSync(path.join(root, 'bench/RESULTS-web.md'), md);
console.log(md);
