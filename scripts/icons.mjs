// Draws the app's PNG icons from assets/icon.svg with headless Chromium (playwright-core from
// tests/e2e), into assets/icons/. Run once by hand when the icon changes, then commit the PNGs:
//   node scripts/icons.mjs
// - icon-192.png, icon-512.png (purpose "any"): the SVG as it is, transparent corners.
// - maskable-192.png, maskable-512.png (purpose "maskable"): full-bleed green square, the
//   mountains scaled to 75 % about the centre so they stay inside the 40 %-radius safe zone
//   that platforms may crop to (a circle, a squircle …).
// - apple-touch-icon.png (180 px): the maskable drawing; iOS wants an opaque square and rounds
//   the corners itself.
import { createRequire } from 'node:module';
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(resolve(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
// The maskable drawing: the same shapes, square corners, content at 75 % (viewBox 64, centre 32).
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
const bg = svg.match(/<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/)?.[1] ?? '#1f6f4a';
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${bg}"/><g transform="translate(32 32) scale(0.75) translate(-32 -32)">${inner}</g></svg>`;

const out = resolve(root, 'assets/icons');
mkdirSync(out, { recursive: true });
const jobs = [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['maskable-192.png', maskable, 192],
  ['maskable-512.png', maskable, 512],
  ['apple-touch-icon.png', maskable, 180],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [name, source, size] of jobs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: resolve(out, name), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`assets/icons/${name} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
