// Code splitting (scripts/split.mjs, docs/size.md "Code splitting"): the first view needs only the
// primary wasm; the split-out part comes when the page is idle after the app has started, or at
// once when a link opens the page; the Monte Carlo ranges and the panels below the first screen
// wait for it; a call that needs it before it has arrived loads it synchronously; and when it
// cannot be loaded the page says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';
import { readFileSync, existsSync } from 'node:fs';
import { fillToSet, placeholderNames, syncSlot } from '../../scripts/split.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

const SPLIT = /_split\.wasm$/;
/** The stylesheet of what waits for the split module (scripts/first-paint.mjs). */
const LATER_CSS = /\/later-[0-9a-f]{16}\.css$/;

/** The functions the page loaded the split module synchronously for, by name where the last
 * build's placeholder map (target/split/placeholders.txt) has it: what a failure reports. */
function syncCauses(warnings) {
  const map = new URL('../../target/split/placeholders.txt', import.meta.url);
  const names = existsSync(map) ? placeholderNames(readFileSync(map, 'utf8')) : new Map();
  return warnings.map((slot) => `${slot}: ${names.get(slot) ?? '?'}`).join('; ');
}

/** Opens `url` through the harness (which records console errors, page errors and foreign
 * requests, and waits for the app, and for the panels unless `panels` is false) in a context
 * without a service worker, so each request reaches the routes: `route`, if given, handles the
 * split module's requests; `init`, if given, is one more init script. The page records when
 * the app started (`self.started`, ms); `requests` lists the split module's requests by type
 * (`fetch`, or `xhr` for the synchronous fallback). */
async function open(url, { locale = 'en-US', route, panels = true, init, css } = {}) {
  const requests = [];
  const warnings = [];
  const opened = await openPage(browser, url, { locale, serviceWorkers: 'block' }, {
    prepare: async (context) => {
      await context.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { self.started = performance.now(); }));
      if (init) await context.addInitScript(init);
      context.on('request', (r) => { if (SPLIT.test(r.url())) requests.push(r.resourceType()); });
      context.on('console', (m) => { const slot = syncSlot(m); if (slot !== null) warnings.push(slot); });
      if (route) await context.route(SPLIT, route);
      if (css) await context.route(LATER_CSS, css);
    },
    panels,
  });
  return { ...opened, requests, warnings };
}

/** When the app started and when the page started fetching the split module (null: not yet). */
const times = (page) => page.evaluate(() => [self.started, performance.getEntriesByType('resource').find((e) => /_split\.wasm$/.test(e.name))?.startTime ?? null]);

/** Waits until the page has asked for the split module. */
const splitFetched = (page) => page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /_split\.wasm$/.test(e.name)), null, { timeout: 10000 });

test('without a link, the split module is fetched only after the app has started', async () => {
  const { context, page, requests, warnings, problems } = await open(srv.url);
  try {
    await splitFetched(page);
    const [started, split] = await times(page);
    assert.ok(started > 0 && split > started, `split fetched at ${split} ms, after the app started at ${started} ms`);
    assert.deepEqual(requests, ['fetch'], `one fetch of the split module (loaded synchronously for ${syncCauses(warnings)})`);
    // The first view's ranges come with it.
    await page.waitForSelector('body > .app #ule-mc-pm-p5');
    // The rest of the app works from it: another view.
    await page.click('#nav-tp');
    await page.waitForSelector('.tp-results');
    expectClean(problems);
  } finally {
    await context.close();
  }
});

test('the split module is installed once its stylesheet is in too, so what it shows is styled at once', async () => {
  let release;
  const held = new Promise((go) => { release = go; });
  const { context, page, problems } = await open(srv.url, { panels: false, css: async (r) => { await held; await r.continue(); } });
  try {
    await splitFetched(page);
    // The split module has arrived (the idle prefetch) but its stylesheet has not: not installed.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /_split\.wasm$/.test(e.name) && e.responseEnd > 0), null, { timeout: 10000 });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => self.qingshanSplitPending), true, 'installed before its stylesheet');
    assert.equal(await page.locator('.trucks').count(), 0);
    const sheets = () => page.evaluate(() => [...document.styleSheets].filter((s) => /later-[0-9a-f]{16}\.css$/.test(s.href ?? '')).map((s) => s.cssRules.length));
    assert.deepEqual(await sheets(), []);
    release();
    // Then both: the panels that waited, and the rules of the stylesheet (one sheet, with rules).
    await page.waitForSelector('body > .app .trucks', { timeout: 10000 });
    const rules = await sheets();
    assert.equal(rules.length, 1);
    assert.ok(rules[0] > 20, `${rules[0]} rules in the later stylesheet`);
    expectClean(problems);
  } finally {
    release();
    await context.close();
  }
});

test('a returning reader without the offline worker: the page boots from the primary part alone', async () => {
  // The first visit stores the language; the second reads it at the start (a path only the
  // build's second profile visit covers: without it the start needed the split module, and
  // loaded it synchronously).
  const { context, page, requests, warnings, problems } = await open(srv.url);
  try {
    await splitFetched(page);
    assert.ok(await page.evaluate(() => localStorage.getItem('qingshan.lang')), 'the first visit stored the language');
    requests.length = 0;
    await page.goto('about:blank');
    await page.goto(srv.url);
    await waitForApp(page);
    const [started, split] = await times(page);
    assert.ok(split === null || split > started, `split fetched at ${split} ms, after the app started at ${started} ms`);
    await page.waitForTimeout(1500);
    assert.ok(!requests.includes('xhr'), `no synchronous load: ${requests.join(', ')} (for ${syncCauses(warnings)})`);
    expectClean(problems);
  } finally {
    await context.close();
  }
});

test('a view needed before the prefetch has arrived loads the split module synchronously', async () => {
  // The idle prefetch never answers; any later request (the synchronous one) goes through.
  let held = 0;
  const { context, page, requests, warnings, problems } = await open(srv.url, { route: (r) => { if (held++ > 0) r.continue(); }, panels: false });
  try {
    await page.waitForTimeout(2500); // the idle prefetch has been asked for (at most 1 s after the start) and hangs
    assert.deepEqual(requests, ['fetch'], `the prefetch is pending, nothing loaded synchronously (for ${syncCauses(warnings)})`);
    // What waits for the split module (src/app.rs AfterSplit) is not there yet.
    const waiting = ['section.share', 'section.compare', 'section.export', '#ule-explain-title', '#trucks-title'].map((s) => `body > .app ${s}`).join(', ');
    assert.equal(await page.locator(waiting).count(), 0, 'nothing that waits for the split module');
    // Nor the Monte Carlo ranges (the engine is in the split module): the central values are.
    assert.ok(await page.locator('#ule-total-pm').count() === 1, 'the central values are shown');
    assert.equal(await page.locator('body > .app [data-mc-ms], #ule-mc-pm-p5').count(), 0, 'no range yet');
    // One line above the footer says the rest is coming.
    assert.equal(await page.locator('body > .app .after-split[role="status"]').innerText(), 'The rest of the page is loading…');
    await page.click('#nav-carbon');
    await page.waitForSelector('.carbon-results');
    await page.waitForSelector('body > .app section.export'); // the synchronous load brought them
    assert.equal(await page.locator('body > .app .after-split').count(), 0, 'the loading line is gone');
    assert.deepEqual(requests, ['fetch', 'xhr'], 'the view loaded the split module synchronously');
    assert.equal(warnings.length, 1, 'the loader said for which function');
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page');
    assert.equal(await page.locator('#crash').count(), 0, 'no failure message');
    expectClean(problems);
  } finally {
    await context.close();
  }
});

test('a link loads the split module with the wasm, before the app mounts', async () => {
  const { context, page, requests, warnings, problems } = await open(`${srv.url}#v=1&lang=en&view=tp`);
  try {
    const [started, split] = await times(page);
    assert.ok(split !== null && split < started, `split fetched at ${split} ms, before the app started at ${started} ms`);
    assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page', 'the link’s view');
    await page.click('#nav-sources');
    await page.waitForSelector('#nav-sources[aria-current="page"]');
    assert.deepEqual(requests, ['fetch'], `fetched once, never synchronously (for ${syncCauses(warnings)})`);
    expectClean(problems);
  } finally {
    await context.close();
  }
});

test('a split module that cannot be loaded: the page says so, in the reader’s language', async () => {
  const { context, page, problems } = await open(srv.url, { locale: 'zh-TW', route: (r) => r.fulfill({ status: 503, body: 'down' }), panels: false });
  try {
    // The idle prefetch failed: the panels that wait for it will not come, and the page says so
    // without a click; a click that needs the split module fails the same way.
    const alert = page.locator('#crash[role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), '部分程式未能載入。請檢查網路連線，然後重新載入頁面。');
    await page.click('#nav-carbon');
    await page.waitForTimeout(200);
    assert.equal(await alert.innerText(), '部分程式未能載入。請檢查網路連線，然後重新載入頁面。');
    assert.equal(await page.locator('body > .app section.share').count(), 0, 'no panel without the split module');
    assert.ok(await page.locator('body > .app .after-split').isHidden(), 'no line saying the rest is loading: it is not');
    const reported = [...problems.pageErrors, ...problems.console];
    assert.ok(reported.some((p) => p.includes('the split module could not be loaded')), `the error is reported: ${reported.join('; ')}`);
    assert.deepEqual(problems.foreign, [], 'no request to another origin');
    const axe = await new AxeBuilder({ page }).include('#crash').analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
  } finally {
    await context.close();
  }
});

test('a failed prefetch, then a click that loads the split module: the message goes, the parts come', async () => {
  // The idle prefetch fails; the synchronous request a click makes later goes through.
  let asked = 0;
  const { context, page, problems } = await open(srv.url, { route: (r) => (asked++ === 0 ? r.fulfill({ status: 503, body: 'down' }) : r.continue()), panels: false });
  try {
    const alert = page.locator('#crash[role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'Part of the app could not be loaded. Check the connection, then reload the page.');
    await page.click('#nav-carbon');
    await page.waitForSelector('.carbon-results');
    await page.waitForSelector('body > .app section.export');
    assert.ok(await alert.isHidden(), 'the failure message is gone once the module is in');
    assert.equal(await page.locator('body > .app .after-split').count(), 0);
    // Only the failed prefetch was an error (Chromium reports the 503 as a failed integrity
    // check too).
    const reported = [...problems.pageErrors, ...problems.console];
    assert.ok(reported.every((p) => /503|integrity|_split\.wasm|split module could not be loaded/.test(p)), reported.join('; '));
  } finally {
    await context.close();
  }
});

test('a split module that fails before the app has mounted: the message outlives the mount', async () => {
  // The prefetch is asked for as soon as the app has started (no idle wait) and fails at once,
  // while the mount waits (each animation frame 300 ms later): the message goes into
  // index.html's #crash, which the mount then replaces with the app.
  const early = () => {
    self.requestIdleCallback = (f) => setTimeout(f, 0);
    const raf = self.requestAnimationFrame.bind(self);
    self.requestAnimationFrame = (f) => raf((t) => setTimeout(() => f(t), 300));
  };
  const { context, page } = await open(srv.url, { locale: 'zh-TW', route: (r) => r.fulfill({ status: 503, body: 'down' }), panels: false, init: early });
  try {
    const alert = page.locator('body > #crash[role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), '部分程式未能載入。請檢查網路連線，然後重新載入頁面。');
  } finally {
    await context.close();
  }
});

test('the build rewrites a null table.fill of length 1 as a table.set, and stops on any other', () => {
  const fill = (index, value, count) => `  (table.fill $1\n   ${index}\n   ${value}\n   (i32.const ${count})\n  )\n`;
  const { wat, rewritten } = fillToSet(`(func\n${fill('(local.get $3)', '(ref.null noextern)', 1)})`);
  assert.equal(rewritten, 1);
  assert.equal(wat, '(func\n  (table.set $1\n   (local.get $3)\n   (ref.null noextern)\n  )\n)');
  assert.throws(() => fillToSet(fill('(local.get $3)', '(ref.null noextern)', 2)), /table\.fill/);
  assert.throws(() => fillToSet(fill('(local.get $3)', '(local.get $4)', 1)), /table\.fill/);
});
