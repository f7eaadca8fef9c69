// Builds every bundle with esbuild: the CLI, the extension for the Node and the web
// extension hosts, and the test bundle that runs inside VS Code web.
const esbuild = require('esbuild');
const { readFile } = require('fs/promises');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const watch = process.argv.includes('--watch');

// mocha 12 is an ES module package; load its UMD browser build as plain CommonJS so the
// bundle's module.exports is the mocha instance VS Code's test runner expects.
const mochaAsCommonJs = {
  name: 'mocha-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^mocha\/mocha(\.js)?$/ }, () => ({ path: require.resolve('mocha/mocha.js'), namespace: 'mocha-cjs' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-cjs' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'js' }));
  },
};

// The bundled knowledge base is most of every bundle, so bundles carry it as compact rows
// (scripts/kb-rows.js), and the lexicon's word lists as strings.
const { compactKnowledgeBase, knowledgeBaseData } = require('./kb-rows');

// The web build takes each host-specific module `x.ts` from its sibling `x.web.ts`.
const webModules = {
  name: 'web-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\/annotator-threads$/ }, (args) => ({ path: path.join(args.resolveDir, 'annotator-threads.web.ts') }));
  },
};

// The extension's bundles leave the knowledge base's data out: it is dist/knowledge-base.json,
// which the extension reads on activation (src/core/kb/bundled-data.external.ts). The CLI, the
// annotator threads and the tests carry it inside.
const externalData = {
  name: 'external-knowledge-base-data',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\/(?:.*\/)?bundled-data$/ }, (args) => ({ path: path.join(args.resolveDir, `${args.path}.external.ts`) }));
  },
};

/** Writes dist/knowledge-base.json, the data the extension's bundles leave out. */
async function writeKnowledgeBaseData() {
  const data = await knowledgeBaseData();
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist/knowledge-base.json'), JSON.stringify(data));
}

const { engineVersion } = require('./engine-version');

const common = { bundle: true, mainFields: ['module', 'main'], format: 'cjs', target: 'es2022', sourcemap: true, absWorkingDir: root, logLevel: 'warning', plugins: [compactKnowledgeBase, engineVersion] };

const builds = [
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  // Annotator threads: one for Node (the CLI, the Node extension host, the benchmarks), one for the browser.
  { ...common, entryPoints: ['src/node/annotator-thread.ts'], outfile: 'dist/annotator-thread.js', platform: 'node', minify: true },
  { ...common, entryPoints: ['src/extension/web-annotator.ts'], outfile: 'dist/web/annotator-worker.js', platform: 'browser', format: 'iife', minify: true },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', external: ['vscode'], minify: true, plugins: [compactKnowledgeBase, engineVersion, externalData] },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', external: ['vscode'], minify: true, plugins: [compactKnowledgeBase, engineVersion, webModules, externalData] },
];
if (fs.existsSync(path.join(root, 'test/vscode/web/index.ts'))) {
  builds.push({ ...common, entryPoints: ['test/vscode/web/index.ts'], outfile: 'dist/web/test/index.js', platform: 'browser',
    external: ['vscode'], plugins: [compactKnowledgeBase, engineVersion, mochaAsCommonJs, webModules], inject: ['test/vscode/web/process-shim.ts'] });
}

async function main() {
  if (watch) {
    await writeKnowledgeBaseData();
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('watching for changes…');
    return;
  }
  await Promise.all([writeKnowledgeBaseData(), ...builds.map((options) => esbuild.build(options))]);
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
