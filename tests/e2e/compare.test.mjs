// Comparing scenarios: keep the current one as a variant, change something, and both travel in
// one link; a variant can be made current or removed; at most two are kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('variants are kept in the link, swapped, removed; a reload keeps them', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=tp`);
    await page.click('#compare-keep');
    await page.waitForFunction(() => location.hash.includes('cmp.1='));
    // Change the current scenario: a factor the phosphorus results read.
    await page.evaluate(() => { location.hash = location.hash + '&f.tp.report.reduction_2025=10000'; });
    await page.waitForFunction(() => location.hash.includes('f.tp.report.reduction_2025=10000'));
    assert.equal(await page.locator('.variants li').count(), 1);
    assert.ok(await page.locator('.compare-table, .compare .notice').count() >= 1, 'a table (or a "nothing to compare" note) appears');

    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('.variants li').count(), 1, 'the variant survives a reload');

    // Make the variant current: the changed factor moves into the variant.
    await page.click('.variants li button >> nth=0');
    await page.waitForFunction(() => !location.hash.includes('&f.tp.report.reduction_2025=10000'));
    assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /cmp\.1=.*f\.tp\.report\.reduction_2025=10000/);

    await page.click('#compare-keep');
    assert.equal(await page.locator('#compare-keep').isDisabled(), true, 'two variants at most');
    await page.click('.variants li >> nth=0 >> button >> nth=1');
    assert.equal(await page.locator('.variants li').count(), 1);
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('compare lists the results that differ (or all of them), and charts one unit at a time', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=tp`);
    await page.click('#compare-keep');
    await page.waitForSelector('#compare-same');
    assert.ok((await page.locator('#compare-same').innerText()).includes('No result differs'));
    await page.evaluate(() => { location.hash = location.hash + '&f.tp.report.reduction_2025=10000'; });
    await page.waitForSelector('.compare-table');
    const differing = await page.locator('.compare-table tbody tr').count();
    assert.ok(differing >= 1);
    await page.uncheck('#compare-only-diff');
    await page.waitForFunction((n) => document.querySelectorAll('.compare-table tbody tr').length > n, differing);
    const all = await page.locator('.compare-table tbody tr').count();
    assert.ok(all > differing, `${all} rows in all, ${differing} that differ`);
    // The unit list: each option names a unit and its number of results; the chart follows it.
    const options = await page.locator('#compare-unit option').allInnerTexts();
    assert.ok(options.length >= 2, options.join(' | '));
    for (const o of options) assert.match(o, /\(\d+\)$/, o);
    const second = await page.locator('#compare-unit option').nth(1).getAttribute('value');
    await page.selectOption('#compare-unit', second);
    await page.waitForFunction((u) => document.querySelector('#compare-chart-title')?.textContent.includes(u), second);
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});
