// The browser probe of docs/performance.md: what Lighthouse's broken diagnostics would show
// (Chromium 156 vs Lighthouse 12.2.3), measured in a real, throttled load instead of Lantern's
// simulation. Loads dist/ (served with gzip on 127.0.0.1) on Lighthouse's phone (412 × 823,
// DPR 1.75) with DevTools throttling (150 ms RTT, 1.6 Mb/s down, 750 kb/s up, CPU × 4) and
// reports first paint, FCP, the LCP candidates (time, size, element), layout shifts, long tasks,
// when the wasm response ended and when the app mounted (`body > .app`).
//
//   node scripts/lighthouse-probe.mjs [DIR] [--locale en-US] [--runs 3] [--stored en] [--no-throttle]
import { createRequire } from 'node:module';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const { startServer } = await import('../tests/e2e/serve.mjs');
const { CHROMIUM_ARGS } = await import('../tests/e2e/harness.mjs');

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? (args.splice(i, 1), true) : false; };
const locale = opt('--locale', 'en-US');
const runs = Math.max(1, Number(opt('--runs', '3')));
const stored = opt('--stored', null);
const throttle = !flag('--no-throttle');
const dist = resolve(args[0] ?? 'dist');

const OBSERVE = () => {
  const p = { paint: {}, lcp: [], shifts: [], long: [], mounted: null };
  window.__probe = p;
  const describe = (el) => el ? `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}${el.closest('.boot') ? ' (static)' : ''} "${(el.textContent ?? '').slice(0, 24)}"` : '(removed)';
  new PerformanceObserver((l) => { for (const e of l.getEntries()) p.paint[e.name] = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) p.lcp.push({ t: Math.round(e.startTime), size: e.size, el: describe(e.element) }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) p.shifts.push({ t: Math.round(e.startTime), value: e.value }); }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) p.long.push({ t: Math.round(e.startTime), d: Math.round(e.duration) }); }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector('body > .app')) { p.mounted = Math.round(performance.now()); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
};

const srv = await startServer({ root: dist, base: '/', encodings: ['gzip'] });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale, viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    if (stored) await context.addInitScript((v) => localStorage.setItem('qingshan.lang', v), stored);
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(srv.url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForFunction(() => window.__probe.mounted !== null, null, { timeout: 60000 });
    await page.waitForTimeout(3000);
    const p = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return { ...window.__probe, wasmStart: wasm && Math.round(wasm.startTime), wasmEnd: wasm && Math.round(wasm.responseEnd) };
    });
    rows.push(p);
    const lcp = p.lcp.at(-1);
    console.log(`run ${i + 1}/${runs} (${locale}${stored ? ', stored ' + stored : ''}${throttle ? ', throttled' : ''}): ` +
      `FP ${Math.round(p.paint['first-paint'] ?? NaN)} ms, FCP ${Math.round(p.paint['first-contentful-paint'] ?? NaN)} ms, ` +
      `LCP ${lcp?.t} ms ${lcp?.el} (${lcp?.size} px²), wasm ${p.wasmStart}–${p.wasmEnd} ms, mounted ${p.mounted} ms, ` +
      `CLS ${p.shifts.reduce((s, e) => s + e.value, 0).toFixed(3)}, long tasks ${p.long.map((l) => `${l.d} ms @${l.t}`).join(', ') || 'none'}`);
    console.log(`  LCP candidates: ${p.lcp.map((e) => `${e.t} ms ${e.el} ${e.size}`).join(' | ')}`);
    await context.close();
  }
} finally {
  await browser.close();
  await srv.close();
}
