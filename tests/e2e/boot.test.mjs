// The static first paint (index.html's `.boot`, written by tests/boot_html.rs; docs/performance.md):
// before the wasm runs, the page shows the copy in the language the app will choose, and the app
// then paints the same text in the same boxes (within 1 px): no flash, no layout shift, and the
// largest paint happens before the app mounts. No copy is shown when the URL has a link
// fragment (it may open another view or language). The inline script passes the CSP.
//
// The wasm request is held until the static paint has been measured, so the test sees both
// states whatever the machine's speed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

// Observers from the first byte: layout shifts, LCP candidates (time), CSP violations.
const OBSERVE = () => {
  window.__boot = { shifts: [], lcp: [], csp: [] };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.__boot.shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__boot.lcp.push({ time: e.startTime, size: e.size, tag: e.element?.tagName ?? null, cls: e.element?.className ?? null, text: e.element?.textContent?.slice(0, 40) ?? null });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => window.__boot.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

// What the reader sees of the shell: text and box of each element, from the visible `.app`.
const SEEN = ['.skip-link', '.brand-name', '.tagline', '.lang-switch label', '.lang-switch select', 'nav.main-nav', 'nav.main-nav li:first-child button', 'nav.main-nav li:last-child button', 'main h1', 'main p.intro', 'main blockquote.quote p', 'main blockquote.quote cite'];
function seen(page, root) {
  return page.evaluate(([root, sels]) => {
    const app = [...document.querySelectorAll(root)].filter((a) => getComputedStyle(a).display !== 'none');
    if (app.length !== 1) return { count: app.length };
    const out = { count: 1, lang: app[0].lang, select: app[0].querySelector('select').value };
    for (const s of sels) {
      const el = app[0].querySelector(s);
      const r = el.getBoundingClientRect();
      out[s] = { text: el.innerText, x: r.x, y: r.y, w: r.width, h: r.height };
    }
    return out;
  }, [root, SEEN]);
}

/** Opens the page with the wasm held back; returns the static view, then releases it and
 * returns the mounted app's view and what the observers saw. */
async function load(contextOptions, { stored, fragment = '' } = {}) {
  let release;
  const held = new Promise((r) => { release = r; });
  const context = await browser.newContext(contextOptions);
  if (stored) await context.addInitScript((v) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('qingshan.lang', v); sessionStorage.setItem('seeded', '1'); } }, stored);
  await context.addInitScript(OBSERVE);
  await context.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const problems = { console: [], pageErrors: [], foreign: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  await page.goto(srv.url + fragment, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(300); // a few frames: the static paint is on screen
  const htmlLang = await page.getAttribute('html', 'lang');
  const before = await seen(page, '.boot > .app');
  const paintsBefore = await page.evaluate(() => window.__boot.lcp.length);
  release();
  await waitForApp(page);
  await page.waitForTimeout(300);
  const mounted = await seen(page, 'body > .app');
  const obs = await page.evaluate(() => window.__boot);
  return { context, page, problems, htmlLang, before, mounted, obs, paintsBefore };
}

function assertSame(before, mounted, what) {
  assert.equal(before.count, 1, `${what}: exactly one static copy is shown`);
  assert.equal(before.lang, mounted.lang, `${what}: same language`);
  assert.equal(before.select, mounted.select, `${what}: same language selected`);
  for (const s of SEEN) {
    const a = before[s];
    const b = mounted[s];
    assert.equal(a.text, b.text, `${what} ${s}: same text`);
    for (const k of ['x', 'y', 'w', 'h']) assert.ok(Math.abs(a[k] - b[k]) <= 1, `${what} ${s}: ${k} ${a[k]} before, ${b[k]} after`);
  }
}

// Lighthouse's mobile screen (Moto G Power: 412 × 823 CSS px, DPR 1.75). There the first view's
// introduction is the largest paint and the app paints nothing larger above the fold; on a wide
// desktop window the app's results (below the introduction, painted by the app) are larger,
// which is real content arriving, so only text and boxes are compared there.
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CASES = [
  { what: 'zh-CN', options: { ...PHONE, locale: 'zh-CN' }, lang: 'zh-Hans' },
  { what: 'zh-TW', options: { ...PHONE, locale: 'zh-TW' }, lang: 'zh-Hant' },
  { what: 'en-US', options: { ...PHONE, locale: 'en-US' }, lang: 'en' },
  { what: 'fr-FR (unsupported: the default)', options: { ...PHONE, locale: 'fr-FR' }, lang: 'zh-Hans' },
  { what: 'zh-TW with English stored (the old JSON form)', options: { ...PHONE, locale: 'zh-TW' }, stored: '"en"', lang: 'en' },
  { what: 'en-US with zh-Hant stored', options: { ...PHONE, locale: 'en-US' }, stored: 'zh-Hant', lang: 'zh-Hant' },
  { what: 'a 360 px phone, zh-TW', options: { locale: 'zh-TW', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, lang: 'zh-Hant' },
  { what: 'a 1280 × 720 desktop window, en-US', options: { locale: 'en-US' }, lang: 'en', desktop: true },
  { what: 'a 1280 × 720 desktop window, zh-CN', options: { locale: 'zh-CN' }, lang: 'zh-Hans', desktop: true },
];

for (const c of CASES) {
  test(`the static first paint is the app's own, in its language: ${c.what}`, async () => {
    const { context, page, problems, htmlLang, before, mounted, obs, paintsBefore } = await load(c.options, { stored: c.stored });
    try {
      assert.equal(htmlLang, c.lang, 'the inline script sets <html lang> as the app will');
      assert.equal(before.lang, c.lang);
      assertSame(before, mounted, c.what);
      assert.equal(await page.locator('.boot').count(), 0, 'the mount removed the static copies');
      assert.deepEqual(obs.shifts, [], 'no layout shift during the load');
      assert.ok(paintsBefore > 0, 'the static copy is a largest-paint candidate');
      if (!c.desktop) assert.equal(obs.lcp.length, paintsBefore, `no larger paint after the mount: ${JSON.stringify(obs.lcp)}`);
      assert.deepEqual(obs.csp, [], 'no CSP violation');
      expectClean(problems);
    } finally {
      await context.close();
    }
  });
}

test('a link fragment shows no static copy: the app alone paints its view and language', async () => {
  const { context, page, problems, before, mounted, obs } = await load({ locale: 'zh-CN' }, { fragment: '#v=1&lang=en&view=tp' });
  try {
    assert.equal(before.count, 0, 'no copy before the mount');
    assert.equal(mounted.lang, 'en');
    assert.match(await page.locator('main h1').innerText(), /phosphorus/i);
    assert.deepEqual(obs.shifts, []);
    assert.deepEqual(obs.csp, []);
    expectClean(problems);
  } finally {
    await context.close();
  }
});

test('without the held wasm the page opens as usual (harness path), with no CSP report', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  try {
    assert.equal(await page.locator('.boot').count(), 0);
    assert.equal(await page.locator('body > .app main h1').count(), 1);
    expectClean(problems);
  } finally {
    await context.close();
  }
});
