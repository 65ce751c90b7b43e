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
