// Calculator 1 (ultra-low-emission retrofits) end to end: the report preset gives results out of
// the box; changing an input changes the result; a missing input is asked for at its field; the
// compliance check corrects for O₂; numbers follow the language; no accessibility violation;
// the inputs travel in the link (u.… keys) and survive a reload; a bad value in a link is listed
// and the rest opens; the CSV export holds the results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

const cell = (page, sector, pol) => page.locator(`[data-key="ule-avoided-${sector}-${pol}"]`);

test('the report preset gives results; changing the steel capacity changes them', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  // Steel NOx at the preset: 3e8 t × 79.7 % × (1.72e6 / 928e6 × 1000) kg/t × 59 % / 1000
  // = 261,464 t/yr.
  assert.equal(await cell(page, 'steel', 'nox').innerText(), '261,000');
  const totalBefore = await page.locator('#ule-total-nox').innerText();
  await page.fill('#ule-steel-capacity', '600000000');
  // Twice the capacity: 522,928 t/yr.
  await page.waitForFunction(
    () => document.querySelector('[data-key="ule-avoided-steel-nox"]')?.textContent === '523,000');
  assert.notEqual(await page.locator('#ule-total-nox').innerText(), totalBefore);
  // Every result names its method.
  assert.match(await page.locator('.ule-notes li[data-sector="steel"]').innerText(), /intensity method/);
  assert.match(await page.locator('.ule-notes li[data-sector="cement"]').innerText(), /concentration method/);
  expectClean(problems);
  await context.close();
});

test('a measured concentration replaces the default; a missing ratio is asked for', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.click('#ule-sector-cement');
  assert.equal(await page.getAttribute('#ule-sector-cement', 'aria-pressed'), 'true');
  // 4.7e8 t × 72.2 % × 2,300 Nm³/t × (400 − 50) mg/Nm³ × 1e-9 = 273,171 t/yr.
  assert.equal(await cell(page, 'cement', 'nox').innerText(), '273,000');
  await page.fill('#ule-cement-kiln-before-nox', '300');
  // (300 − 50) instead: 195,122 t/yr.
  await page.waitForFunction(
    () => document.querySelector('[data-key="ule-avoided-cement-nox"]')?.textContent === '195,000');
  // An "after" above the "before" is refused at its field.
  await page.fill('#ule-cement-kiln-after-nox', '350');
  await page.waitForSelector('#ule-cement-kiln-after-nox[aria-invalid="true"]');
  assert.match(await page.locator('#ule-cement-kiln-after-nox-error').innerText(), /cannot exceed/);
  await page.fill('#ule-cement-kiln-after-nox', '');

  // Steel by concentration needs the plant's sinter ratio: the page asks for it.
  await page.click('#ule-sector-steel');
  await page.check('#ule-steel-method-conc');
  await page.waitForSelector('#ule-steel-sinter-ratio[aria-invalid="true"]');
  assert.match(await page.locator('#ule-steel-sinter-ratio-error').innerText(), /Required/);
  assert.equal(await cell(page, 'steel', 'nox').count(), 0, 'no steel result without the ratio');
  await page.fill('#ule-steel-sinter-ratio', '1.2');
  await page.uncheck('#ule-point-steel-pellet');
  // 3e8 × 79.7 % × 1.2 t sinter/t × 2,830 Nm³/t × (300 − 50) mg/Nm³ × 1e-9 = 203,036 t/yr.
  await page.waitForFunction(
    () => document.querySelector('[data-key="ule-avoided-steel-nox"]')?.textContent === '203,000');
  expectClean(problems);
  await context.close();
});

test('the compliance check corrects to the reference O₂', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.selectOption('#ule-check-point', 'cement.kiln');
  await page.selectOption('#ule-check-pollutant', 'nox');
  await page.fill('#ule-check-measured', '45');
  await page.fill('#ule-check-o2', '13');
  // 45 × (21 − 10) / (21 − 13) = 61.875 mg/Nm³ > 50.
  await page.waitForSelector('#ule-check-verdict');
  assert.match(await page.locator('#ule-check-verdict').innerText(), /Exceeds/);
  assert.match(await page.locator('.ule-verdict').innerText(), /61\.88/);
  await page.fill('#ule-check-o2', '12');
  // 45 × 11 / 9 = 55 > 50; 38 × 11 / 9 = 46.4 ≤ 50.
  await page.fill('#ule-check-measured', '38');
  await page.waitForFunction(() => /Meets/.test(document.querySelector('#ule-check-verdict')?.textContent ?? ''));
  expectClean(problems);
  await context.close();
});

test('Chinese pages count in 万 and 亿; the view has no accessibility violation', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'zh-CN' });
  assert.equal(await cell(page, 'steel', 'nox').innerText(), '26.1万');
  assert.match(await page.locator('#ule-cost-investment').innerText(), /亿/);
  const axe = await new AxeBuilder({ page }).include('.ule').analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  expectClean(problems);
  await context.close();
});

const waitText = (page, key, text) => page.waitForFunction(
  ([k, t]) => document.querySelector(`[data-key="${k}"]`)?.textContent === t, [key, text]);

test('the inputs travel in the link and come back after a reload', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  assert.doesNotMatch(await page.evaluate(() => location.hash), /u\./, 'the preset writes no u. key');
  await page.fill('#ule-steel-capacity', '600000000');
  await waitText(page, 'ule-avoided-steel-nox', '523,000');
  await page.click('#ule-sector-cement');
  await page.fill('#ule-cement-kiln-before-nox', '300');
  // (300 − 50) mg/Nm³: 4.7e8 × 72.2 % × 2,300 × 250 × 1e-9 = 195,122 t/yr.
  await waitText(page, 'ule-avoided-cement-nox', '195,000');
  await page.waitForFunction(() => location.hash.includes('u.cement.kiln.before.nox=300'));
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /&u\.sector=cement(&|$)/);
  assert.match(hash, /&u\.steel\.capacity=600000000(&|$)/);
  const total = await page.locator('#ule-total-nox').innerText();

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getAttribute('#ule-sector-cement', 'aria-pressed'), 'true', 'the sector on screen');
  assert.equal(await page.inputValue('#ule-cement-kiln-before-nox'), '300');
  assert.equal(await cell(page, 'steel', 'nox').innerText(), '523,000');
  assert.equal(await cell(page, 'cement', 'nox').innerText(), '195,000');
  assert.equal(await page.locator('#ule-total-nox').innerText(), total);
  assert.equal(await page.evaluate(() => location.hash), hash, 'the reloaded page writes the same link');
  await page.click('#ule-sector-steel');
  assert.equal(await page.inputValue('#ule-steel-capacity'), '600,000,000', 'the typed value comes back after the reload, written grouped');
  expectClean(problems);
  await context.close();
});

test('a link with one bad ULE value lists it and opens the rest', async () => {
  const url = `${srv.url}#v=1&lang=en&u.sector=cement&u.cement.kiln.before.nox=300&u.steel.capacity=-5`;
  const { context, page, problems } = await openPage(browser, url, { locale: 'zh-CN' });
  const notice = page.locator('.link-notice');
  assert.match(await notice.innerText(), /u\.steel\.capacity=-5/);
  assert.match(await notice.innerText(), /out of the allowed range/);
  assert.doesNotMatch(await notice.innerText(), /u\.cement/, 'only the bad value is listed');
  assert.equal(await page.getAttribute('#ule-sector-cement', 'aria-pressed'), 'true');
  assert.equal(await cell(page, 'cement', 'nox').innerText(), '195,000');
  assert.equal(await cell(page, 'steel', 'nox').innerText(), '261,000', 'steel keeps the preset');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /u\.steel\.capacity/);
  expectClean(problems);
  await context.close();
});

test('the CSV export holds the ULE totals', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-ule-'));
  try {
    const { context, page, problems } = await openPage(
      browser, `${srv.url}#v=1&lang=en&u.steel.capacity=600000000`, { acceptDownloads: true });
    await waitText(page, 'ule-avoided-steel-nox', '523,000');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const path = join(dir, 'results.csv');
    await dl.saveAs(path);
    const csv = await readFile(path, 'utf8');
    const value = (key) => {
      const m = csv.match(new RegExp(`^ule,${key.replaceAll('.', '\\.')},("[^"]*"|[^,]*),([^,]+),([^,]+),([^,]+),([^,]*),`, 'm'));
      assert.ok(m, `no row ${key}`);
      const [central, low, high] = [m[2], m[3], m[4]].map(Number);
      assert.ok(low <= central && central <= high, `${key}: ${low} ≤ ${central} ≤ ${high}`);
      return { central, unit: m[5] };
    };
    // NOx, t/yr: steel 6e8 × 0.797 × 1.72e6 / 928e6 × 0.59 = 522,928.19; coking 2.7e8 × 0.797 ×
    // 1,000 × 350 × 1e-9 = 75,316.5; cement 4.7e8 × 0.722 × 2,300 × 350 × 1e-9 = 273,168.7.
    const steel = value('ule.steel.nox');
    assert.ok(Math.abs(steel.central - 522928.19) < 0.01, String(steel.central));
    const total = value('ule.total.nox');
    assert.ok(Math.abs(total.central - (522928.19 + 75316.5 + 273168.7)) < 0.01, String(total.central));
    assert.equal(total.unit, 't/yr');
    expectClean(problems);
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
