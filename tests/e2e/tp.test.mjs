// Calculator 2 (total phosphorus) end to end: the report preset, adding, editing, removing and
// reordering measures, a shared load combining 50 % and 40 % into 70 %, numbers in each
// language's format, the scenario in the link (reload, a bad value), the CSV export's rows, no
// accessibility violation, no console error, no foreign request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

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
// Yew renders after the input events (and the total's Monte Carlo run takes a few ms), so a
// check right after typing must wait for the text to settle rather than read it once.
async function eq(page, sel, want) {
  const loc = typeof sel === 'string' ? page.locator(sel) : sel;
  const deadline = Date.now() + 5000;
  let got = await loc.innerText();
  while (got !== want && Date.now() < deadline) {
    await page.waitForTimeout(25);
    got = await loc.innerText();
  }
  assert.equal(got, want, String(sel));
}
const card = (page, n) => page.locator('.tp-measure-list > li').nth(n);
// Types like a person (a short pause between keys), then waits until the field shows the whole
// text: each keystroke re-renders the results, including a Monte Carlo run.
async function typeInto(locator, value) {
  await locator.fill('');
  await locator.pressSequentially(String(value), { delay: 20 });
  const deadline = Date.now() + 5000;
  while ((await locator.inputValue()) !== String(value) && Date.now() < deadline) {
    await locator.page().waitForTimeout(25);
  }
  assert.equal(await locator.inputValue(), String(value), 'the field keeps what was typed');
}

test('the report preset: the sentence, 11,700 t, and what it implies per project', async () => {
  const { context, page, problems } = await openTp('en-US');
  assert.match(await text(page, '.tp-report blockquote'), /More than 2,400 total-phosphorus reduction projects/);
  assert.match(await text(page, '.tp-report .notice'), /does not say whether the 11,700 t is a yearly/);
  await eq(page, '#tp-total', '11,700');
  await eq(page, '#tp-result-total', '11,700');
  // 11,700 ÷ 2,400 = 4.875 t/yr; ÷ ((1 − 0.5) mg/L × 365 d) × 10⁶ = 26,712 m³/d.
  await eq(page, '#tp-per-project', '4.88 t/yr');
  await eq(page, '#tp-equivalent-flow', '26,700 m³/d');
  // National share: 11,700 ÷ (212,000 ÷ 0.672) = 3.71 %; dilution at river Class III:
  // 11,700 × 10⁶ g ÷ 0.2 g/m³ = 5.85 × 10¹⁰ m³.
  await eq(page, '#tp-share-national .tp-central', '3.71%');
  await eq(page, '#tp-dilution .tp-central', '58.5 billion');
  assert.match(await text(page, '#tp-algae-dry'), /not an observed bloom reduction/);
  expectClean(problems);
  await context.close();
});

test('adding, editing, reordering and removing measures updates the total', async () => {
  const { context, page, problems } = await openTp('en-US');
  // Remove the report's total: nothing left.
  await card(page, 0).getByRole('button', { name: /^Remove/ }).click();
  assert.equal(await page.locator('.tp-measure-list > li').count(), 0);
  await eq(page, '#tp-total', '0');

  // A plant upgrade starts from the report's average project: 26,700 m³/d from Class 1B
  // (1 mg/L) to 1A (0.5 mg/L) over 365 d = 4.87 t/yr.
  await page.click('#tp-add-plant');
  await eq(page, '#tp-total', '4.87');
  // 100,000 m³/d: 100,000 × 0.5 × 365 × 10⁻⁶ = 18.25 t/yr.
  await typeInto(card(page, 0).locator('input[id$="-flow"]'), '100000');
  await eq(page, '#tp-total', '18.3');
  await eq(page, '#tp-result-total', '18.3');
  // To quasi-Class IV (0.3 mg/L): 100,000 × 0.7 × 365 × 10⁻⁶ = 25.55 t/yr.
  await card(page, 0).locator('select[id$="-after-class"]').selectOption('quasi-iv');
  await eq(page, '#tp-total', '25.6');

  // Two efficiencies on one 100 t/yr shared load: 50 % then 40 % remove 70 t/yr, not 90.
  await page.click('#tp-add-efficiency');
  await typeInto(page.locator('#tp-l1-baseline'), '100');
  await typeInto(card(page, 1).locator('input[id$="-efficiency"]'), '50');
  await page.locator('.tp-load').getByRole('button', { name: /^Add a measure on this load/ }).click();
  await typeInto(card(page, 2).locator('input[id$="-efficiency"]'), '40');
  await eq(page, '#tp-total', '95.6'); // 25.55 + 70
  assert.match(await text(page, '#tp-l1-result'), /× 70% = 70 t TP\/yr/);
  assert.match(await text(page, card(page, 1).locator('.tp-measure-result')), /Avoids 50 t TP\/yr/);
  assert.match(await text(page, card(page, 2).locator('.tp-measure-result')), /Avoids 20 t TP\/yr/);

  // Reordered: the 40 % measure first takes 40, the 50 % one 30; the total does not move.
  await card(page, 2).getByRole('button', { name: /^Up:/ }).click();
  assert.match(await text(page, card(page, 1).locator('.tp-measure-result')), /Avoids 40 t TP\/yr/);
  assert.match(await text(page, card(page, 2).locator('.tp-measure-result')), /Avoids 30 t TP\/yr/);
  await eq(page, '#tp-total', '95.6');

  // The chart's table lists each measure with its value.
  const rows = page.locator('.tp-results figure table tbody tr');
  assert.equal(await rows.count(), 3);

  // A measure with a missing input is asked for and left out of the total.
  await page.click('#tp-add-livestock');
  await eq(page, '#tp-total', '95.6');
  assert.match(await text(page, '#tp-incomplete'), /1 measure\(s\) not counted/);
  assert.match(await text(page, card(page, 3).locator('.tp-measure-result')), /Number of animals: Required/);

  // Back to the report.
  await page.click('#tp-preset');
  await eq(page, '#tp-total', '11,700');
  assert.equal(await page.locator('.tp-measure-list > li').count(), 1);
  expectClean(problems);
  await context.close();
});

test('an invalid entry is refused at the field and the last good value kept', async () => {
  const { context, page, problems } = await openTp('en-US');
  await page.click('#tp-add-plant');
  const flow = card(page, 1).locator('input[id$="-flow"]');
  await typeInto(flow, '12abc');
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true',
    await flow.getAttribute('id'));
  await eq(page, '#tp-total', '11,700');
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

/** Every input and select of the view, by id: what the user entered (number fields without
 * their grouping commas: after a reload a field shows the value as the app writes it,
 * `100000` typed comes back as `100,000`). */
async function inputs(page) {
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('.view-tp input, .view-tp select')]
      .map((e) => [e.id, e.inputMode === 'decimal' ? e.value.replace(/,/g, '') : e.value])));
}

test('the scenario travels in the link: edit, reload, the same inputs and results', async () => {
  const { context, page, problems } = await openTp('en-US');
  await card(page, 0).getByRole('button', { name: /^Remove/ }).click();
  // A plant of 100,000 m³/d from Class 1B to quasi-Class IV: 100,000 × 0.7 × 365 × 10⁻⁶
  // = 25.55 t/yr; one 50 % efficiency on a 100 t/yr shared load: 50 t/yr; total 75.55.
  await page.click('#tp-add-plant');
  await typeInto(card(page, 0).locator('input[id$="-flow"]'), '100000');
  await card(page, 0).locator('select[id$="-after-class"]').selectOption('quasi-iv');
  await page.click('#tp-add-efficiency');
  await typeInto(page.locator('#tp-l1-baseline'), '100');
  await typeInto(card(page, 1).locator('input[id$="-efficiency"]'), '50');
  await typeInto(card(page, 1).locator('input[id$="-label"]'), 'Buffer strip & 湿地');
  await typeInto(page.locator('#tp-days'), '330');
  // 330 days: 100,000 × 0.7 × 330 × 10⁻⁶ = 23.1 t/yr; + 50 = 73.1.
  await eq(page, '#tp-total', '73.1');
  // Moved up: ids (plant 1, efficiency 2) no longer follow positions and must travel.
  await card(page, 1).getByRole('button', { name: /^Up:/ }).click();

  await page.waitForFunction(() => location.hash.includes('p.m.1.kind=plant'));
  const hash = decodeURIComponent(await page.evaluate(() => location.hash));
  for (const key of ['view=tp', 'p.days=330', 'p.l.0.base=100', 'p.m.0.kind=efficiency',
    'p.m.0.id=2', 'p.m.0.eta=0.5', 'p.m.0.label=Buffer strip & 湿地', 'p.m.1.kind=plant',
    'p.m.1.id=1', 'p.m.1.q=100000', 'p.m.1.after=quasi-iv']) {
    assert.ok(hash.includes(key), `${key} in ${hash}`);
  }
  const before = await inputs(page);
  const results = await text(page, '.tp-results');

  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#tp-total');
  assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
  assert.equal(await page.locator('.link-notice').count(), 0, 'nothing was ignored');
  await eq(page, '#tp-total', '73.1');
  assert.equal(await page.locator('.tp-measure-list > li').count(), 2);
  assert.deepEqual(await inputs(page), before, 'every input and choice is back');
  assert.equal(await text(page, '.tp-results'), results, 'and every result');
  expectClean(problems);
  await context.close();
});

test('a link with one bad value lists it and opens the rest', async () => {
  const url = `${srv.url}#v=1&lang=en&view=tp&p.m.0.kind=plant&p.m.0.q=100000&p.m.0.after=quasi-iv`
    + '&p.m.1.kind=direct&p.m.1.t=-5&p.water=lake';
  const { context, page, problems } = await openPage(browser, url, { locale: 'en-US' });
  await page.waitForSelector('#tp-total');
  const notice = await text(page, '.link-notice');
  assert.match(notice, /p\.m\.1\.t=-5/);
  assert.match(notice, /out of the allowed range/);
  assert.equal(await page.locator('.link-notice li').count(), 1, 'only that value is listed');
  // The plant is read: 25.55 t/yr; the direct load is asked for and not counted.
  await eq(page, '#tp-total', '25.6');
  assert.equal(await page.locator('.tp-measure-list > li').count(), 2);
  assert.match(await text(page, card(page, 1).locator('.tp-measure-result')), /Required/);
  assert.equal(await page.inputValue('#tp-water'), 'lake');
  expectClean(problems);
  await context.close();
});

test('the CSV export lists the total and each measure', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-tp-'));
  const { context, page, problems } = await openPage(
    browser, `${srv.url}#v=1&lang=en&view=tp`, { acceptDownloads: true });
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const path = join(dir, 'results.csv');
  await dl.saveAs(path);
  const lines = (await readFile(path, 'utf8')).split('\r\n');
  // The report's 11,700 t with its assumed ±5 % range: 11,115 – 12,285.
  const total = lines.find((l) => l.startsWith('tp,tp.total,'));
  assert.ok(total, 'the total row');
  const [, , label, central, low, high, unit] = total.split(',');
  assert.equal(label, 'Total avoided');
  assert.equal(unit, 't TP/yr');
  assert.ok(Math.abs(Number(central) - 11700) < 1e-6, central);
  assert.ok(Math.abs(Number(low) - 11700 * 0.95) < 1e-6, low);
  assert.ok(Math.abs(Number(high) - 11700 * 1.05) < 1e-6, high);
  assert.ok(lines.some((l) => l.startsWith('tp,tp.measure.1,1 · Load entered directly,11700,')));
  assert.ok(lines.some((l) => l.startsWith('tp,tp.dilution,')));
  expectClean(problems);
  await context.close();
});
