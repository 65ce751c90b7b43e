// Scenario links in the browser: a link opens its view and language, lists what it ignored,
// every change rewrites the fragment without adding history entries, a reload restores the
// same state, and a link pasted into an open page replaces its scenario.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a link round-trips through the address bar and never floods history', async () => {
  const srv = await serve('/qingshan/');
  try {
    const url = `${srv.url}#v=1&lang=en&view=sources&bogus=1`;
    const { context, page, problems } = await openPage(browser, url, { locale: 'zh-CN' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the link names the language');
    assert.equal(await page.getAttribute('#nav-sources', 'aria-current'), 'page');
    const notice = page.locator('.link-notice');
    assert.match(await notice.innerText(), /bogus=1/);
    assert.match(await notice.innerText(), /unknown item/);
    await notice.locator('button').click();
    assert.equal(await page.locator('.link-notice').count(), 0, 'the notice can be dismissed');

    const historyBefore = await page.evaluate(() => history.length);
    for (const key of ['tp', 'carbon', 'figures', 'carbon']) await page.click(`#nav-${key}`);
    await page.waitForFunction(() => location.hash.includes('view=carbon'));
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'replaceState, not pushState');
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /^#v=1&fs=[0-9.]+&lang=en&view=carbon$/);

    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page', 'reload restores the view');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    // A link pasted into the open page replaces the scenario.
    await page.evaluate(() => { location.hash = '#v=1&lang=zh-Hant&view=tp'; });
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('a hostile link renders as text and the page keeps working', async () => {
  const srv = await serve('/');
  try {
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    const url = `${srv.url}#v=1&lang=en&${evil}=1&view=${evil}&f.carbon.price.cea.2025=1e999&${'x'.repeat(40000)}`;
    const { context, page, problems } = await openPage(browser, url);
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    assert.equal(await page.locator('.link-notice img').count(), 0);
    assert.match(await page.locator('.link-notice').innerText(), /<img src=x onerror=alert\(1\)>/);
    await page.click('#nav-tp');
    assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
    assert.equal(dialogs, 0);
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('share: the copied link is the page address, and a QR code is drawn', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=tp`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.click('#share-copy');
    await page.waitForFunction(() => document.querySelector('.share-status')?.textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.evaluate(() => location.href));
    assert.equal(await page.inputValue('#share-url'), copied);
    const path = await page.getAttribute('.qr svg path', 'd');
    assert.ok(path && path.length > 500, 'QR modules drawn');
    // The link in the field follows every edit.
    await page.click('#nav-carbon');
    assert.match(await page.inputValue('#share-url'), /view=carbon/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0);
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('presets: the report figures open their calculator, and short preset links work', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=figures`);
    const expected = {
      'ule.steel': 'ule', 'ule.coking': 'ule', 'ule.cement': 'ule', 'ule.trucks': 'ule',
      'tp.report': 'tp', 'carbon.electricity_2024': 'carbon', 'carbon.ets': 'carbon',
    };
    const keys = await page.locator('button.preset-button').evaluateAll((bs) => bs.map((b) => b.dataset.preset));
    assert.ok(keys.length >= 7, `${keys.length} preset buttons`);
    for (const key of new Set(keys)) {
      await page.click('#nav-figures');
      await page.click(`button.preset-button[data-preset="${key}"] >> nth=0`);
      const view = expected[key];
      assert.ok(view, `unexpected preset ${key}`);
      await page.waitForFunction((v) => location.hash.includes(`view=${v}`) || (v === 'ule' && !location.hash.includes('view=')), view);
      assert.equal(await page.getAttribute(`#nav-${view}`, 'aria-current'), 'page', key);
    }
    // A short preset link opens the calculator and becomes a full link.
    await page.evaluate(() => { location.hash = '#preset=tp.report'; });
    await page.waitForFunction(() => location.hash.startsWith('#v=1'));
    assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});
