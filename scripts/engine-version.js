// An esbuild plugin: src/core/engine-version.ts becomes a hash of everything under
// src/core (code and bundled data). Annotations cached by the extension and the CLI are
// keyed by it, so a build never reuses what another build found.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

function coreFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? coreFiles(full) : [full];
    })
    .sort();
}

const engineVersion = {
  name: 'engine-version',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]engine-version\.ts$/ }, async () => {
      const files = coreFiles(path.join(root, 'src/core'));
      const hash = crypto.createHash('sha256');
      for (const file of files) hash.update(path.relative(root, file).split(path.sep).join('/')).update('\0').update(fs.readFileSync(file)).update('\0');
      return { contents: `export const ENGINE_VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 16))};`, loader: 'ts', watchFiles: files };
    });
  },
};

module.exports = { engineVersion };
