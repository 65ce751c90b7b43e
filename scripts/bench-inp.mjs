// Benchmark: interaction to next paint of the view switches (docs/performance.md, "View
// switches"). Opens dist/ in Chromium, then clicks each tab of the navigation with the CPU
// unthrottled (×1) and throttled four times (×4, a mid-range phone), and prints the largest
// Event Timing duration of each click (what INP reports) and its event-handler part. Figures
// only; no pass or fail. Needs dist/ (scripts/build) and Chromium (scripts/lib.sh).
//   node scripts/bench-inp.mjs
import { launch, serve, waitForApp } from '../tests/e2e/harness.mjs';

const TABS = ['nav-tp', 'nav-carbon', 'nav-figures', 'nav-sources', 'nav-ule'];
const browser = await launch();
const srv = await serve('/');
try {
  for (const rate of [1, 4]) {
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(srv.url);
    await waitForApp(page);
    await page.waitForTimeout(1500); // the boot's stages and analyses settle
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluate(() => {
      window.__events = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId) window.__events.push({ d: e.duration, handler: e.processingEnd - e.processingStart });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    });
    const out = [];
    for (const id of TABS) {
      await page.evaluate(() => { window.__events = []; });
      await page.click('#' + id);
      await page.waitForTimeout(rate * 600);
      const ev = await page.evaluate(() => window.__events);
      const max = (k) => Math.round(ev.reduce((a, e) => Math.max(a, e[k]), 0));
      out.push(`${id.slice(4)} ${max('d')} ms (handler ${max('handler')})`);
    }
    console.log(`view switch, interaction to next paint, CPU x${rate}: ${out.join(', ')}`);
    await context.close();
  }
} finally {
  await srv.close();
  await browser.close();
}
