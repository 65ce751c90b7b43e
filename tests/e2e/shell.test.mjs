// The page shell: mounts at the root and under a sub-path, navigates, speaks three languages,
// remembers the choice, fits a 360 px phone, and stays on its own origin with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const base of ['/', '/qingshan/']) {
  test(`the app mounts when served at ${base}, with landmarks and five views`, async () => {
    const srv = await serve(base);
    try {
      const { context, page, problems } = await openPage(browser, srv.url, { locale: 'zh-CN' });
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      assert.equal(await page.locator('header').count(), 1);
      assert.equal(await page.locator('nav[aria-label]').count(), 1);
      assert.equal(await page.locator('main#main').count(), 1);
      assert.equal(await page.locator('footer').count(), 1);
      const navButtons = page.locator('nav.main-nav button');
      assert.equal(await navButtons.count(), 5);
      // Every view is reachable and has its own heading.
      const headings = new Set();
      for (let i = 0; i < 5; i++) {
        await navButtons.nth(i).click();
        assert.equal(await navButtons.nth(i).getAttribute('aria-current'), 'page');
        headings.add(await page.locator('main h1').innerText());
      }
      assert.equal(headings.size, 5, 'five distinct view headings');
      expectClean(problems);
      await context.close();
    } finally {
      await srv.close();
    }
  });
}

test('the browser language picks the script; the switcher changes it and it is remembered', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, srv.url, { locale: 'zh-TW' });
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
    assert.match(await page.locator('nav.main-nav').innerText(), /總磷/);

    await page.selectOption('#lang-select', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await page.locator('nav.main-nav').innerText(), /Phosphorus/);
    assert.match(await page.title(), /Qingshan/);

    // Opened again without a link (which would carry the language), the stored choice wins
    // over the browser's zh-TW.
    await page.goto('about:blank');
    await page.goto(srv.url);
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice is remembered');
    assert.equal(await page.inputValue('#lang-select'), 'en');
    expectClean(problems);
    await context.close();

    const other = await openPage(browser, srv.url, { locale: 'fr-FR' });
    assert.equal(await other.page.getAttribute('html', 'lang'), 'zh-Hans', 'unsupported languages fall back to Simplified Chinese');
    await other.context.close();
  } finally {
    await srv.close();
  }
});

test('a 360 px phone shows the page without horizontal scrolling', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, srv.url, {
      viewport: { width: 360, height: 740 }, locale: 'en-US',
    });
    for (const key of ['ule', 'tp', 'carbon', 'figures', 'sources']) {
      await page.click(`#nav-${key}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `view ${key} overflows by ${overflow} px`);
    }
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('keyboard: the skip link is the first stop and moves focus to main', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});
