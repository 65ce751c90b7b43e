// Code splitting (scripts/split.mjs, docs/size.md "Code splitting"): the first view needs only the
// primary wasm; the split-out part comes when the page is idle after the app has started, or at
// once when a link opens the page; a call that needs it before it has arrived loads it
// synchronously; and when it cannot be loaded the page says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve, waitForApp } from './harness.mjs';
import { fillToSet } from '../../scripts/split.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

const SPLIT = /_split\.wasm$/;

/** A context (no service worker: each request reaches the routes) whose page records when the
 * app started (`self.started`, ms) and lists the split module's requests in `requests`. */
async function watched(locale = 'en-US') {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { self.started = performance.now(); }));
  const requests = [];
  context.on('request', (r) => { if (SPLIT.test(r.url())) requests.push(r.resourceType()); });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  return { context, page, requests, problems };
}

/** Waits until the page has asked for the split module. */
const splitFetched = (page) => page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /_split\.wasm$/.test(e.name)), null, { timeout: 10000 });

/** When the page started fetching the split module (resource timing), or null. */
const splitStart = (page) => page.evaluate(() => performance.getEntriesByType('resource').find((e) => /_split\.wasm$/.test(e.name))?.startTime ?? null);

test('without a link, the split module is fetched only after the app has started', async () => {
  const { context, page, requests, problems } = await watched();
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    await splitFetched(page);
    const [started, split] = [await page.evaluate(() => self.started), await splitStart(page)];
    assert.ok(started > 0 && split > started, `split fetched at ${split} ms, after the app started at ${started} ms`);
    assert.deepEqual(requests, ['fetch'], 'one fetch of the split module');
    // The rest of the app works from it: another view and an edit there.
    await page.click('#nav-tp');
    await page.waitForSelector('.tp-results');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a returning reader without the offline worker: the page boots from the primary part alone', async () => {
  // The first visit stores the language; the second reads it at the start (a path only the
  // build's second profile visit covers: without it the start needed the split module, and
  // loaded it synchronously).
  const { context, page, requests, problems } = await watched();
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    await splitFetched(page);
    assert.ok(await page.evaluate(() => localStorage.getItem('qingshan.lang')), 'the first visit stored the language');
    requests.length = 0;
    await page.goto('about:blank');
    await page.goto(srv.url);
    await waitForApp(page);
    const [started, split] = [await page.evaluate(() => self.started), await splitStart(page)];
    assert.ok(split === null || split > started, `split fetched at ${split} ms, after the app started at ${started} ms`);
    await page.waitForTimeout(1500);
    assert.ok(!requests.includes('xhr'), `no synchronous load: ${requests.join(', ')}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a view needed before the prefetch has arrived loads the split module synchronously', async () => {
  const { context, page, requests, problems } = await watched();
  // The idle prefetch never answers; any later request (the synchronous one) goes through.
  let held = 0;
  await context.route(SPLIT, (r) => { if (held++ > 0) r.continue(); });
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    await page.waitForFunction(() => performance.getEntriesByType('resource').length && self.started > 0);
    await page.waitForTimeout(2500); // the idle prefetch has been asked for (timeout 2 s) and hangs
    assert.deepEqual(requests, ['fetch'], 'the prefetch is pending');
    await page.click('#nav-carbon');
    await page.waitForSelector('.carbon-results');
    assert.deepEqual(requests, ['fetch', 'xhr'], 'the view loaded the split module synchronously');
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page');
    assert.equal(await page.locator('#crash').count(), 0, 'no failure message');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a link loads the split module with the wasm, before the app mounts', async () => {
  const { context, page, requests, problems } = await watched();
  try {
    await page.goto(`${srv.url}#v=1&lang=en&view=tp`);
    await waitForApp(page);
    const [started, split] = [await page.evaluate(() => self.started), await splitStart(page)];
    assert.ok(split !== null && split < started, `split fetched at ${split} ms, before the app started at ${started} ms`);
    assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page', 'the link’s view');
    await page.click('#nav-sources');
    await page.waitForSelector('#nav-sources[aria-current="page"]');
    assert.deepEqual(requests, ['fetch'], 'fetched once, never synchronously');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a split module that cannot be loaded: the page says so, in the reader’s language', async () => {
  const { context, page, problems } = await watched('zh-TW');
  await context.route(SPLIT, (r) => r.fulfill({ status: 503, body: 'down' }));
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    await page.click('#nav-carbon');
    const alert = page.locator('#crash[role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), '部分程式未能載入。請檢查網路連線，然後重新載入頁面。');
    assert.ok(problems.some((p) => p.includes('the split module could not be loaded')), `the error is reported: ${problems.join('; ')}`);
    const axe = await new AxeBuilder({ page }).include('#crash').analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
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
