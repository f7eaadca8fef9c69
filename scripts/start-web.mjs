// `npm start [-- <folder>]`: serves VS Code in the browser with Sorot loaded from this
// folder, on the sample articles (or the given folder). Open the printed URL in a browser.
// Build first (npm run build, or npm run watch in another terminal, then reload the page).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { prepareVSCodeWeb, root, webOptions } from './vscode-web-setup.mjs';

const folder = path.resolve(process.argv[2] ?? path.join(root, 'sample'));
const port = Number(process.env.PORT ?? 3000);

if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`Not a folder: ${folder}`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist/web/extension.js'))) {
  console.error('Build the extension first: npm run build');
  process.exit(1);
}

prepareVSCodeWeb();
const { open } = await import('@vscode/test-web');
// browserType 'none': only the server runs; any browser on this machine can open the URL.
const server = await open({ ...webOptions(folder, port), browserType: 'none' });
console.log(`\nSorot is running in VS Code for the Web on ${folder}`);
console.log(`Open http://localhost:${port}/ in a browser. Press Ctrl+C to stop.`);

const stop = () => {
  void server.dispose();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
