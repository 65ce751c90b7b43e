// Calculator 3 (carbon footprint) end to end: the household preset on the 2024 footprint factor,
// a switch of the electricity basis to the CO₂-only emission factor (the total and the stated
// kind change), a province, a line added and typed into (with inline validation), the truck
// comparison with its unverified notice, Chinese number formatting, and a 360 px phone.
//
// Expected values are worked by hand from factors.md:
//   household = 15,880亿 kWh ÷ 140,489万 people × 2.62 = 2,961.5 kWh
//   × 0.5777 (2024 footprint, national)  = 1,710.9 kg → "1.711 t CO₂e"
//   × 0.5306 (2023 CO₂ emission, national) = 1,571.4 kg → "1.571 t CO₂e"
//   × 0.1564 (2023 CO₂ emission, Sichuan)  =   463.2 kg → "463.2 kg CO₂e"
//   + 10,000 kWh × 0.5777 = 5,777 kg → 7,488 kg → "7.488 t CO₂e"
//   truck: 100,000 km × 32.5 L/100 km × 2.66 kg/L = 86,450 kg; × 1.65 kWh/km × 0.5306 = 87,549 kg
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, expectClean } from './harness.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

async function openCarbon(options) {
  const opened = await openPage(browser, srv.url, options);
  await opened.page.click('#nav-carbon');
  await opened.page.waitForSelector('#carbon-total');
  return opened;
}

const total = (page) => page.locator('#carbon-total').innerText();

async function waitForTotal(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('#carbon-total')?.textContent.trim() === t, text, { timeout: 5000 },
  ).catch(() => {});
  assert.equal(await total(page), text);
}

test('switching the electricity basis changes the total and the kind it states', async () => {
  const { context, page, problems } = await openCarbon({ locale: 'en-US' });
  assert.equal(await total(page), '1.711 t CO₂e');
  const basis = page.locator('#carbon-basis-used');
  assert.equal(await basis.getAttribute('data-kind'), 'cf');
  assert.match(await basis.innerText(), /life-cycle kg CO₂e · 2024 · national average/);
  assert.equal(await page.isChecked('#carbon-kind-cf'), true);

  await page.check('#carbon-kind-ef');
  await waitForTotal(page, '1.571 t CO₂e');
  assert.equal(await basis.getAttribute('data-kind'), 'ef');
  assert.match(await basis.innerText(), /CO₂ only · 2023 · national average/);
  // The factor shown for editing is now the CO₂-only one, with its unit.
  assert.equal(await page.inputValue('#factor-carbon-elec-ef-2023-national'), '0.5306');
  assert.equal(await page.locator('#factor-carbon-elec-cf-2024-national').count(), 0);

  await page.selectOption('#carbon-scope', 'province.sichuan');
  await waitForTotal(page, '463.2 kg CO₂e');
  assert.match(await basis.innerText(), /Sichuan/);

  // Back to the life-cycle factor: the default of that kind, never a value carried across.
  await page.check('#carbon-kind-cf');
  await waitForTotal(page, '1.711 t CO₂e');
  expectClean(problems);
  await context.close();
});

test('a line is added, typed into and validated inline', async () => {
  const { context, page, problems } = await openCarbon({ locale: 'en-US' });
  await page.selectOption('#carbon-add-kind', 'electricity');
  await page.click('#carbon-add-line');
  const field = page.locator('#carbon-line-1-quantity');
  await field.fill('10,000');
  await waitForTotal(page, '7.488 t CO₂e');
  assert.equal(await page.locator('#carbon-line-1-result').innerText(), '5.777 t CO₂e');

  await field.fill('-5');
  await page.waitForSelector('#carbon-no-result');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const described = await field.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${described}`).innerText(), /negative/);

  await field.fill('1万');
  await waitForTotal(page, '7.488 t CO₂e');
  assert.equal(await field.getAttribute('aria-invalid'), null);

  // The MWh unit reads the same quantity a thousand times larger.
  await field.fill('10');
  await page.selectOption('#carbon-line-1-unit', 'mwh');
  await waitForTotal(page, '7.488 t CO₂e');

  await page.getByRole('button', { name: 'Remove Line 2' }).click();
  await waitForTotal(page, '1.711 t CO₂e');
  expectClean(problems);
  await context.close();
});

test('the truck preset compares tailpipe and net and says it rests on unverified values', async () => {
  const { context, page, problems } = await openCarbon({ locale: 'en-US' });
  await page.click('#carbon-preset-carbon-truck');
  await waitForTotal(page, '86.45 t CO₂e');
  assert.equal(await page.locator('#carbon-total-b').innerText(), '87.55 t CO₂e');
  assert.match(await page.locator('#carbon-change-on-site').innerText(), /^-86\.45 t CO₂e/);
  assert.match(await page.locator('#carbon-change').innerText(), /^1\.099 t CO₂e/);
  const notice = await page.locator('#carbon-unverified').innerText();
  assert.match(notice, /Diesel consumption, heavy tractor/);
  assert.match(notice, /battery-electric heavy tractor/i);
  // The how-panel writes out the arithmetic with the numbers used.
  await page.click('#carbon-how summary');
  assert.match(await page.locator('#carbon-how').innerText(), /32,500 L × 2\.66 kg CO₂e\/L = 86\.45 t CO₂e/);
  expectClean(problems);
  await context.close();
});

test('numbers follow the language, and a phone shows everything without scrolling sideways', async () => {
  const { context, page, problems } = await openCarbon({
    locale: 'zh-CN', viewport: { width: 360, height: 740 },
  });
  assert.equal(await total(page), '1.711 吨CO₂e');
  assert.match(await page.locator('#carbon-basis-used').innerText(), /全生命周期千克CO₂e · 2024 · 全国平均/);
  await page.click('#carbon-preset-carbon-aluminium');
  // 13,599 × 0.5777 + 1,424 + 145.4 = 9,425.5 kg; × 62.36 yuan/t = 587.8 yuan.
  await waitForTotal(page, '9.426 吨CO₂e');
  assert.match(await page.locator('#carbon-total-cost').innerText(), /^587\.8 元（范围 /);
  for (const key of ['truck', 'ets', 'steel', 'clinker']) {
    await page.click(`#carbon-preset-carbon-${key}`);
    await page.waitForSelector('#carbon-total');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `preset ${key} overflows by ${overflow} px`);
  }
  expectClean(problems);
  await context.close();
});

// The link (keys c.…, docs/links.md): Sichuan 2,961.5 kWh × 0.1564 = 463.2 kg; plus 10,000 kWh ×
// 0.1564 = 1,564 kg → 2,027.2 kg → "2.027 t CO₂e".
test('the scenario travels in the link and comes back after a reload', async () => {
  const { context, page, problems } = await openCarbon({ locale: 'en-US' });
  await page.check('#carbon-kind-ef');
  await page.selectOption('#carbon-scope', 'province.sichuan');
  await waitForTotal(page, '463.2 kg CO₂e');
  await page.selectOption('#carbon-add-kind', 'electricity');
  await page.click('#carbon-add-line');
  await page.locator('#carbon-line-1-quantity').fill('10,000');
  await waitForTotal(page, '2.027 t CO₂e');
  await page.waitForFunction(() => location.hash.includes('c.l.1.q=10000'), null, { timeout: 5000 });
  const hash = await page.evaluate(() => location.hash);
  for (const key of ['c.el=ef.2023.province.sichuan', 'c.n=2', 'c.l.1.kind=electricity', 'c.l.1.q=10000']) {
    assert.ok(hash.includes(key), `${key} in ${hash}`);
  }
  await page.reload();
  await page.waitForSelector('#carbon-total');
  await waitForTotal(page, '2.027 t CO₂e');
  assert.match(await page.locator('#carbon-basis-used').innerText(), /Sichuan/);
  assert.equal(await page.locator('#carbon-line-1-result').innerText(), '1.564 t CO₂e');
  assert.equal(await page.evaluate(() => location.hash), hash);
  expectClean(problems);
  await context.close();
});

test('a link with one bad carbon value says so and opens the rest', async () => {
  const { context, page, problems } = await openPage(
    browser, `${srv.url}#v=1&lang=en&view=carbon&c.el=ef.2023.province.sichuan&c.l.0.q=abc`, { locale: 'en-US' });
  await page.waitForSelector('#carbon-total');
  const notice = page.locator('.link-notice');
  assert.match(await notice.innerText(), /c\.l\.0\.q=abc/);
  await waitForTotal(page, '463.2 kg CO₂e');
  expectClean(problems);
  await context.close();
});

// 2,961.5 kWh × 0.5777 = 1,710.9 kg CO₂e.
test('the CSV download holds the carbon total', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-carbon-'));
  const { context, page, problems } = await openPage(
    browser, `${srv.url}#v=1&lang=en&view=carbon`, { locale: 'en-US', acceptDownloads: true });
  await page.waitForSelector('#carbon-total');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const path = join(dir, 'results.csv');
  await dl.saveAs(path);
  const csv = await readFile(path, 'utf8');
  const row = csv.split('\r\n').find((l) => l.startsWith('carbon,carbon.total,'));
  assert.ok(row, csv);
  const central = Number(row.split(',')[3]);
  assert.ok(Math.abs(central - 1710.9) < 0.1, row);
  assert.match(row, /kg CO₂e/);
  expectClean(problems);
  await context.close();
});
