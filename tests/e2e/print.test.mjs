// Printing turns the page into a report: navigation, buttons and panels for editing disappear,
// disclosures open (sources and formulas on paper), and the share panel becomes the report's
// reference: the scenario link as text, the QR code that reopens it, and the versions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('print: a clean report with the scenario link, its QR code, versions and sources', async () => {
  const srv = await serve('/');
  try {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=tp`);
    const visible = (sel) => page.locator(sel).first().isVisible();
    assert.equal(await visible('.print-url'), false, 'the reference is print-only');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await visible('.main-nav'), false, 'no navigation on paper');
    assert.equal(await visible('#share-copy'), false, 'no buttons on paper');
    assert.equal(await visible('.export'), false, 'no export panel on paper');
    assert.equal(await visible('.compare'), false, 'no empty comparison on paper');
    assert.equal(await visible('.print-url'), true, 'the link is printed as text');
    const url = await page.locator('.print-url').innerText();
    assert.match(url, /#v=1&fs=[\d.]+&lang=en&view=tp/, url);
    assert.equal(await visible('.qr svg'), true, 'the QR code is printed');
    const ref = await page.locator('.share .print-only').innerText();
    assert.match(ref, /Qingshan \d+\.\d+\.\d+ · factor set \d{4}\.\d+ \([0-9a-f]{16}\)/, ref);
    // Sources and formulas sit in <details>: printing opens them all (browsers hide a closed
    // disclosure's content whatever the stylesheet says), and closes them again afterwards.
    const closedBefore = await page.locator('details:not([open])').count();
    assert.ok(closedBefore > 0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('details:not([open])').count(), 0, 'every disclosure open on paper');
    assert.equal(await page.locator('.factor-details dl.cite').first().isVisible(), true, 'a factor\'s source is printed');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('details:not([open])').count(), closedBefore, 'closed again after printing');
    // A PDF renders without error.
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10000, `pdf of ${pdf.length} bytes`);
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});
