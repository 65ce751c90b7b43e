// Language packs (src/i18n/pack.rs, docs/size.md "Language packs"): the page fetches the strings
// of the language it shows, one language at a time; a language that cannot be loaded leaves the
// page in the language it had, and says so; with no strings at all, the static first paint
// stays and an alert says why in all three languages. (Offline switching: offline.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

// A language's two files (src/i18n/pack.rs): the first view's, and the rest (`.more`).
const PACK = /\/i18n\/(zh-Hans|zh-Hant|en)(\.more)?-[0-9a-f]{16}\.txt$/;

test('the page opens in the reader’s language and switches to another', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('main h1').innerText(), 'What ultra-low-emission retrofits cut');
    await page.selectOption('#lang-select', 'zh-Hant');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    // The Traditional catalog's own strings (src/i18n/zh_hant/shell.rs).
    assert.equal(await page.locator('main h1').innerText(), '超低排放改造的減排量');
    assert.equal(await page.getAttribute('nav.main-nav', 'aria-label'), '計算器與資料');
    assert.equal(await page.inputValue('#lang-select'), 'zh-Hant');
    expectClean(problems);
  } finally {
    await context.close();
  }
});

test('packs fetched: exactly the reader’s at load, then one per language switched to', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const packs = [];
  context.on('request', (r) => { const m = r.url().match(PACK); if (m) packs.push(m[1] + (m[2] ?? '')); });
  const page = await context.newPage();
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    assert.deepEqual(packs, ['zh-Hans', 'zh-Hans.more'], 'at load the reader’s: the first view’s strings, then the rest');
    await page.selectOption('#lang-select', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.selectOption('#lang-select', 'zh-Hans');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    assert.deepEqual(packs.slice(0, 2), ['zh-Hans', 'zh-Hans.more']);
    assert.deepEqual(packs.slice(2).sort(), ['en', 'en.more'], 'a switch loads both files; a language already loaded is not fetched again');
  } finally {
    await context.close();
  }
});

test('the first view shows before the rest of the strings; what needs them waits for them', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  let asked = 0;
  const hold = (context) => context.route(/\/i18n\/en\.more-[0-9a-f]{16}\.txt$/, async (r) => { asked += 1; await held; await r.continue(); });
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US', serviceWorkers: 'block' }, { prepare: hold, panels: false });
  try {
    // The first view is all there, in English, with its numbers.
    assert.equal(await page.locator('main h1').innerText(), 'What ultra-low-emission retrofits cut');
    await page.waitForFunction(() => /\d/.test(document.querySelector('.ule-totals')?.textContent ?? ''));
    // The rest was asked for once the app had started, and is held: the split-out wasm's
    // panels wait for it (the loading line says so), even once that module is in.
    await page.waitForFunction(() => !self.qingshanSplitPending, null, { timeout: 20000 });
    await page.waitForTimeout(300);
    assert.ok(asked >= 1, 'the rest of the strings were asked for');
    assert.equal(await page.locator('section.export').count(), 0, 'the panels wait for the strings');
    assert.equal(await page.locator('p.after-split').isVisible(), true);
    // Another view waits too, with one line, and no string of it is shown empty.
    await page.click('#nav-carbon');
    const line = page.locator('main .view-content p.after-split');
    await line.waitFor();
    assert.equal(await line.getAttribute('role'), 'status');
    release();
    // Then the view and the panels come.
    await page.waitForSelector('main .view-content:not([hidden]) .carbon', { timeout: 20000 });
    await page.waitForSelector('body > .app section.export', { timeout: 20000 });
    assert.equal(await page.locator('main .view-content p.after-split').count(), 0);
    expectClean(problems);
  } finally {
    release();
    await context.close();
  }
});

test('the rest of the strings cannot be loaded: the first view works, the page says so, and a later try mends it', async () => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  let down = true;
  let asked = 0;
  await context.route(/\/i18n\/en\.more-[0-9a-f]{16}\.txt$/, (r) => { asked += 1; return down ? r.fulfill({ status: 503, body: 'down' }) : r.continue(); });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.goto(srv.url);
    await waitForApp(page, { panels: false });
    const alert = page.locator('#crash[role="alert"]:not([hidden])');
    await alert.waitFor({ timeout: 20000 });
    assert.equal(await alert.innerText(), 'Part of the app could not be loaded. Check the connection, then reload the page.');
    assert.equal(asked, 3, 'tried three times');
    assert.equal(await page.locator('main h1').innerText(), 'What ultra-low-emission retrofits cut');
    assert.equal(await page.locator('p.after-split').isVisible(), false, 'no promise of what is not coming');
    // The connection is back: opening another view asks again, and everything comes.
    down = false;
    await page.click('#nav-carbon');
    await page.waitForSelector('main .view-content:not([hidden]) .carbon', { timeout: 20000 });
    await page.waitForSelector('body > .app section.export', { timeout: 20000 });
    assert.equal(await page.locator('#crash:not([hidden])').count(), 0, 'the alert went');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a slow language switch says it is loading, in the language shown, until the pack is in', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route(/\/i18n\/en-[0-9a-f]{16}\.txt$/, async (r) => { await held; await r.continue(); });
  const page = await context.newPage();
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    assert.equal(await page.locator('.lang-loading').count(), 0, 'no loading line at rest');
    await page.selectOption('#lang-select', 'en');
    const line = page.locator('.lang-loading');
    await line.waitFor({ state: 'visible' });
    assert.equal(await line.innerText(), '正在载入English……');
    assert.equal(await line.getAttribute('role'), 'status');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans', 'still in the language shown');
    release();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.locator('.lang-loading').count(), 0, 'gone once the pack is in');
    assert.equal(await page.locator('main h1').innerText(), 'What ultra-low-emission retrofits cut');
  } finally {
    release();
    await context.close();
  }
});

test('a language whose pack cannot be loaded: the page stays in its language and says so', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  await context.route(/\/i18n\/en-[0-9a-f]{16}\.txt$/, (r) => r.fulfill({ status: 503, body: 'down' }));
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    const heading = await page.locator('main h1').innerText();
    await page.selectOption('#lang-select', 'en');
    const notice = page.locator('#lang-unavailable[role="alert"]');
    await notice.waitFor();
    // In the page's language (src/i18n/zh_hans/shell.rs), naming the language that failed.
    assert.equal(await notice.locator('p').innerText(), '未能载入English界面文字（可能已离线），页面仍使用当前语言。');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    assert.equal(await page.locator('main h1').innerText(), heading);
    assert.equal(await page.inputValue('#lang-select'), 'zh-Hans', 'the switcher says what the page shows');
    // The notice passes axe (the a11y suite's rule set), in light and dark.
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .include('#lang-unavailable').analyze();
      assert.deepEqual(violations.map((v) => `${scheme} ${v.id}`), []);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // The page still works, and the notice closes.
    await page.click('#nav-tp');
    await page.waitForFunction(() => document.querySelector('#tp-total')?.textContent !== undefined);
    await notice.locator('button').click();
    assert.equal(await notice.count(), 0);
    // Another language still loads.
    await page.selectOption('#lang-select', 'zh-Hant');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('no strings at all: the static first paint stays, and an alert says why in three languages', async () => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  await context.route(PACK, (r) => r.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.goto(srv.url);
    const alert = page.locator('#crash[role="alert"]:not([hidden])');
    await alert.waitFor({ timeout: 20000 });
    const text = await alert.innerText();
    assert.match(text, /青山未能载入界面文字/);
    assert.match(text, /青山未能載入介面文字/);
    assert.match(text, /Qingshan could not load its text/);
    // The static copy of the first view is still what the reader sees.
    assert.equal(await page.locator('.boot [lang="en"] h1').isVisible(), true);
    assert.equal(await page.locator('body > .app').count(), 0, 'no app mounted');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a pack for another build is refused, and the reader’s language still loads', async () => {
  // The pack the start script fetched is swapped for one whose keys hash is wrong: the wasm
  // refuses it and fetches the pack itself (same URL, now served as built).
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  let served = 0;
  await context.route(/\/i18n\/en-[0-9a-f]{16}\.txt$/, async (r) => {
    served += 1;
    const resp = await r.fetch();
    let body = await resp.text();
    if (served === 1) body = body.replace(/^(qingshan-i18n\t3\ten\t1\t\d+\t)[0-9a-f]{16}/, '$10000000000000000');
    await r.fulfill({ response: resp, body });
  });
  const others = [];
  context.on('request', (r) => { const m = r.url().match(PACK); if (m && m[1] !== 'en') others.push(m[1]); });
  const page = await context.newPage();
  try {
    await page.goto(srv.url);
    await waitForApp(page);
    assert.equal(served, 2, 'the refused pack was fetched again');
    assert.deepEqual(others, [], 'at once: the page did not fall back to another language meanwhile');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('main h1').innerText(), 'What ultra-low-emission retrofits cut');
  } finally {
    await context.close();
  }
});
