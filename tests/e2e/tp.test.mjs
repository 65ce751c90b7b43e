// Calculator 2 (total phosphorus) end to end: the report preset, adding, editing, removing and
// reordering measures, a shared load combining 50 % and 40 % into 70 %, numbers in each
// language's format, no accessibility violation, no console error, no foreign request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, serve, openPage, expectClean } from './harness.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

async function openTp(locale) {
  const opened = await openPage(browser, srv.url, { locale });
  await opened.page.click('#nav-tp');
  await opened.page.waitForSelector('#tp-total');
  return opened;
}

const text = (page, sel) => (typeof sel === 'string' ? page.locator(sel) : sel).innerText();
const card = (page, n) => page.locator('.tp-measure-list > li').nth(n);
async function typeInto(locator, value) {
  await locator.fill('');
  await locator.pressSequentially(String(value));
}

test('the report preset: the sentence, 11,700 t, and what it implies per project', async () => {
  const { context, page, problems } = await openTp('en-US');
  assert.match(await text(page, '.tp-report blockquote'), /More than 2,400 total-phosphorus reduction projects/);
  assert.match(await text(page, '.tp-report .notice'), /does not say whether the 11,700 t is a yearly/);
  assert.equal(await text(page, '#tp-total'), '11,700');
  assert.equal(await text(page, '#tp-result-total'), '11,700');
  // 11,700 ÷ 2,400 = 4.875 t/yr; ÷ ((1 − 0.5) mg/L × 365 d) × 10⁶ = 26,712 m³/d.
  assert.equal(await text(page, '#tp-per-project'), '4.88 t/yr');
  assert.equal(await text(page, '#tp-equivalent-flow'), '26,700 m³/d');
  // National share: 11,700 ÷ (212,000 ÷ 0.672) = 3.71 %; dilution at river Class III:
  // 11,700 × 10⁶ g ÷ 0.2 g/m³ = 5.85 × 10¹⁰ m³.
  assert.equal(await text(page, '#tp-share-national .tp-central'), '3.71%');
  assert.equal(await text(page, '#tp-dilution .tp-central'), '58.5 billion');
  assert.match(await text(page, '#tp-algae-dry'), /not an observed bloom reduction/);
  expectClean(problems);
  await context.close();
});

test('adding, editing, reordering and removing measures updates the total', async () => {
  const { context, page, problems } = await openTp('en-US');
  // Remove the report's total: nothing left.
  await card(page, 0).getByRole('button', { name: /^Remove/ }).click();
  assert.equal(await page.locator('.tp-measure-list > li').count(), 0);
  assert.equal(await text(page, '#tp-total'), '0');

  // A plant upgrade starts from the report's average project: 26,700 m³/d from Class 1B
  // (1 mg/L) to 1A (0.5 mg/L) over 365 d = 4.87 t/yr.
  await page.click('#tp-add-plant');
  assert.equal(await text(page, '#tp-total'), '4.87');
  // 100,000 m³/d: 100,000 × 0.5 × 365 × 10⁻⁶ = 18.25 t/yr.
  await typeInto(card(page, 0).locator('input[id$="-flow"]'), '100000');
  assert.equal(await text(page, '#tp-total'), '18.3');
  assert.equal(await text(page, '#tp-result-total'), '18.3');
  // To quasi-Class IV (0.3 mg/L): 100,000 × 0.7 × 365 × 10⁻⁶ = 25.55 t/yr.
  await card(page, 0).locator('select[id$="-after-class"]').selectOption('quasi-iv');
  assert.equal(await text(page, '#tp-total'), '25.6');

  // Two efficiencies on one 100 t/yr shared load: 50 % then 40 % remove 70 t/yr, not 90.
  await page.click('#tp-add-efficiency');
  await typeInto(page.locator('#tp-l1-baseline'), '100');
  await typeInto(card(page, 1).locator('input[id$="-efficiency"]'), '50');
  await page.locator('.tp-load').getByRole('button', { name: /^Add a measure on this load/ }).click();
  await typeInto(card(page, 2).locator('input[id$="-efficiency"]'), '40');
  assert.equal(await text(page, '#tp-total'), '95.6'); // 25.55 + 70
  assert.match(await text(page, '#tp-l1-result'), /× 70% = 70 t TP\/yr/);
  assert.match(await text(page, card(page, 1).locator('.tp-measure-result')), /Avoids 50 t TP\/yr/);
  assert.match(await text(page, card(page, 2).locator('.tp-measure-result')), /Avoids 20 t TP\/yr/);

  // Reordered: the 40 % measure first takes 40, the 50 % one 30; the total does not move.
  await card(page, 2).getByRole('button', { name: /^Up:/ }).click();
  assert.match(await text(page, card(page, 1).locator('.tp-measure-result')), /Avoids 40 t TP\/yr/);
  assert.match(await text(page, card(page, 2).locator('.tp-measure-result')), /Avoids 30 t TP\/yr/);
  assert.equal(await text(page, '#tp-total'), '95.6');

  // The chart's table lists each measure with its value.
  const rows = page.locator('.tp-results figure table tbody tr');
  assert.equal(await rows.count(), 3);

  // A measure with a missing input is asked for and left out of the total.
  await page.click('#tp-add-livestock');
  assert.equal(await text(page, '#tp-total'), '95.6');
  assert.match(await text(page, '#tp-incomplete'), /1 measure\(s\) not counted/);
  assert.match(await text(page, card(page, 3).locator('.tp-measure-result')), /Number of animals: Required/);

  // Back to the report.
  await page.click('#tp-preset');
  assert.equal(await text(page, '#tp-total'), '11,700');
  assert.equal(await page.locator('.tp-measure-list > li').count(), 1);
  expectClean(problems);
  await context.close();
});

test('an invalid entry is refused at the field and the last good value kept', async () => {
  const { context, page, problems } = await openTp('en-US');
  await page.click('#tp-add-plant');
  const flow = card(page, 1).locator('input[id$="-flow"]');
  await typeInto(flow, '12abc');
  assert.equal(await flow.getAttribute('aria-invalid'), 'true');
  assert.equal(await text(page, '#tp-total'), '11,700');
  await typeInto(page.locator('#tp-days'), '400');
  assert.match(await text(page, '#tp-days-error'), /Too large/);
  assert.match(await text(page, '.tp-results .notice'), /Cannot compute/);
  await typeInto(page.locator('#tp-days'), '330');
  assert.equal(await page.locator('#tp-result-total').count(), 1);
  expectClean(problems);
  await context.close();
});

for (const [locale, total, flow] of [['zh-CN', '1.17万', '2.67万'], ['zh-TW', '1.17萬', '2.67萬']]) {
  test(`numbers follow the language (${locale})`, async () => {
    const { context, page, problems } = await openTp(locale);
    assert.equal(await text(page, '#tp-total'), total);
    assert.match(await text(page, '#tp-equivalent-flow'), new RegExp(`^${flow}`));
    expectClean(problems);
    await context.close();
  });
}

test('no accessibility violation in the view, with every kind of measure', async () => {
  const { context, page, problems } = await openTp('en-US');
  for (const key of ['plant', 'industrial', 'farmland', 'livestock', 'direct', 'efficiency']) {
    await page.click(`#tp-add-${key}`);
  }
  const results = await new AxeBuilder({ page }).include('.view-tp').analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, []);
  expectClean(problems);
  await context.close();
});
