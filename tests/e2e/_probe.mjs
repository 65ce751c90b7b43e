import { launch } from './harness.mjs';
import { startServer } from './serve.mjs';
const browser = await launch(); const srv = await startServer({ root: process.argv[2] ?? '../../dist', encodings: ['gzip'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
await context.addInitScript(() => {
  window.__lcp = []; window.__cls = []; window.__fcp = null;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + e.element.className + '#' + e.element.id + ' ' + (e.element.textContent||'').slice(0, 60) : null }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), src: e.sources.map((s) => (s.node ? (s.node.nodeName + '.' + (s.node.className||'') + '#' + (s.node.id||'')) : '?') + ` ${JSON.stringify(s.previousRect)}->${JSON.stringify(s.currentRect)}`) }); }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = Math.round(e.startTime); }).observe({ type: 'paint', buffered: true });
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(srv.url);
await page.waitForSelector('header.site-header');
await page.waitForTimeout(4000);
console.log(JSON.stringify(await page.evaluate(() => ({ fcp: window.__fcp, lcp: window.__lcp, cls: window.__cls })), null, 1));
await browser.close(); await srv.close();
