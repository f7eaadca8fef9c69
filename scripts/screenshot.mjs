// Browser-level check of the extension as a person sees it: serves VS Code web on the
// sample articles, opens one from the Explorer, waits for highlights, opens the Sorot
// sidebar and a hover, and saves media/screenshot.png. Exits 1 if any step fails.
// Usage: node scripts/screenshot.mjs [article-file-name] (after npm run build)
import path from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { chromium, prepareVSCodeWeb, root, webOptions } from './vscode-web-setup.mjs';

const article = process.argv[2] ?? 'id_01_ktt_asean_kuala_lumpur.txt';
const hoverWord = process.env.HOVER_WORD ?? 'Anwar';
const port = Number(process.env.SCREENSHOT_PORT ?? 3011);
const output = path.join(root, 'media/screenshot.png');

prepareVSCodeWeb();
const { open } = await import('@vscode/test-web');
const server = await open({ ...webOptions(path.join(root, 'sample'), port), browserType: 'none' });
const browser = await playwright.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });

async function step(name, action) {
  process.stdout.write(`${name}… `);
  await action();
  console.log('ok');
}

let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  await step('workbench loads', () => page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'domcontentloaded' }));
  await step('article opens from the Explorer', async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: article });
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: article }).waitFor();
  });
  await step('entities are highlighted', async () => {
    await page.locator('.monaco-editor [class*="ced-"]').first().waitFor({ timeout: 30_000 });
    const count = await page.locator('.monaco-editor [class*="ced-"]').count();
    if (count < 5) throw new Error(`only ${count} decorated ranges`);
  });
  await step('word wrap on, so the article fits', async () => {
    await page.locator('.monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+Z');
  });
  await step('Sorot sidebar opens with entities', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Sorot"]').click();
    await page.locator('.pane-body .monaco-list-row', { hasText: 'Leaders' }).waitFor({ timeout: 30_000 });
  });
  await step(`hover over "${hoverWord}" shows the entity card`, async () => {
    const box = await page.evaluate((word) => {
      for (const span of document.querySelectorAll('.monaco-editor .view-line span span')) {
        const node = span.firstChild;
        const at = node?.textContent?.indexOf(word) ?? -1;
        if (!node || at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 3);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return undefined;
    }, hoverWord);
    if (!box) throw new Error(`"${hoverWord}" not visible in the editor`);
    await page.mouse.move(box.x, box.y);
    const hover = page.locator('.monaco-hover:not(.hidden) .rendered-markdown').first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    if (!text.includes('Leader') || !text.includes('Show all mentions')) throw new Error(`unexpected hover: ${text}`);
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: output });
  console.log(`saved ${path.relative(root, output)}`);
} catch (error) {
  failed = true;
  console.log('FAILED');
  console.error(error);
} finally {
  await browser.close();
  await server.dispose();
}
process.exit(failed ? 1 : 0);
