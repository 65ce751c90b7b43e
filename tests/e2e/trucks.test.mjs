// The heavy-trucks panel of calculator 1, end to end: it opens on the report's 197,000 trucks,
// recomputes when the truck count, a factor or the electricity factor changes, says "more" when
// the net is negative, refuses a bad count at the field, and passes axe with no console error.
// Its inputs travel in the link (`t.` keys, docs/links.md): edits are written to the fragment, a
// reload restores them, a bad value is listed while the rest opens; the CSV holds its rows.
// Expected numbers are worked by hand from factors.md (A6, C2) and formatted as the page does
// (3 significant digits; 万 in Chinese).
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

const text = (page, sel) => page.locator(sel).innerText();

test('opens on the report preset with hand-worked results', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.waitForSelector('#trucks-title');
  assert.equal(await page.inputValue('#trucks-count'), '197,000');
  // 197,000 × 125,000 km × 1.420 g/km = 34,967.5 t → 35,000.
  assert.equal(await text(page, '#trucks-nox .result-big'), '35,000');
  // Tailpipe 21,288,312.5 t; electricity 21,558,941.25 t; net −270,628.75 t → 271,000 more.
  assert.equal(await text(page, '#trucks-tailpipe .result-big'), '21.3 million');
  assert.equal(await text(page, '#trucks-grid .result-big'), '21.6 million');
  assert.equal(await text(page, '#trucks-net .result-big'), '271,000 t/yr more than the diesel trucks');
  assert.match(await text(page, '#trucks-caveat'), /82,000/);
  assert.match(await text(page, '#trucks-grid-used'), /2023: national average = 0\.5306 kg CO₂\/kWh \(CO₂ only\)/);
  assert.match(await text(page, '#trucks-gases'), /tailpipe in CO₂e, the electricity in CO₂/);
  assert.equal(await page.getAttribute('#trucks-preset-ule-trucks', 'aria-pressed'), 'true');
  expectClean(problems);
  await context.close();
});

test('changing the truck count and the mileage gives the worked check, then a province makes it a saving', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.fill('#trucks-count', '1');
  await page.fill('#factor-truck-mileage-longhaul', '100000');
  // 1 truck × 100,000 km: NOx 0.142 t; tailpipe 32,500 L × 2.66 = 86.45 t; electricity
  // 165,000 kWh × 0.5306 = 87.549 t; net −1.099 t.
  await page.waitForFunction(() => document.querySelector('#trucks-nox .result-big')?.textContent === '0.142');
  assert.equal(await text(page, '#trucks-tailpipe .result-big'), '86.5');
  assert.equal(await text(page, '#trucks-grid .result-big'), '87.5');
  assert.equal(await text(page, '#trucks-net .result-big'), '1.1 t/yr more than the diesel trucks');
  assert.equal(await page.getAttribute('#trucks-preset-ule-trucks', 'aria-pressed'), 'false');
  assert.match(await text(page, '.trucks-method'), /86\.45 − 87\.55 = -1\.099 t\/yr/);

  // Sichuan 2023 (0.1564 kg CO₂/kWh): 165,000 × 0.1564 = 25.806 t; net 60.644 t less.
  await page.selectOption('#trucks-grid-scope', 'province.sichuan');
  await page.waitForFunction(() => /less than/.test(document.querySelector('#trucks-net .result-big')?.textContent ?? ''));
  assert.equal(await text(page, '#trucks-grid .result-big'), '25.8');
  assert.equal(await text(page, '#trucks-net .result-big'), '60.6 t/yr less than the diesel trucks');

  // The life-cycle footprint factor, 2024 national (0.5777): 165,000 × 0.5777 = 95.3205 t;
  // net −8.8705 t. Labelled life-cycle, and the sides are said to differ.
  await page.check('#trucks-grid-cf');
  await page.waitForFunction(() => /life-cycle/.test(document.querySelector('#trucks-grid dt')?.textContent ?? ''));
  assert.equal(await text(page, '#trucks-grid .result-big'), '95.3');
  assert.equal(await text(page, '#trucks-net .result-big'), '8.87 t/yr more than the diesel trucks');
  assert.match(await text(page, '#trucks-gases'), /life-cycle CO₂e/);

  // The preset restores the inputs (the changed mileage factor stays, marked as changed).
  await page.click('#trucks-preset-ule-trucks');
  await page.waitForFunction(() => document.querySelector('#trucks-count')?.value === '197,000');
  assert.equal(await page.isChecked('#trucks-grid-ef'), true);
  assert.match(await text(page, '.trucks-inputs'), /changed by you/);
  expectClean(problems);
  await context.close();
});

test('a bad count is refused at the field; IPCC diesel asks for a density', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.fill('#trucks-count', '-5');
  await page.waitForSelector('#trucks-count[aria-invalid="true"]');
  assert.equal(await text(page, '#trucks-count-error'), 'Cannot be negative');
  assert.match(await page.getAttribute('#trucks-count', 'aria-describedby'), /trucks-count-error/);
  assert.match(await text(page, '#trucks-error'), /Cannot compute/);
  assert.equal(await page.locator('#trucks-net').count(), 0, 'no result from a bad input');
  const body = await page.locator('main').innerText();
  assert.ok(!/NaN|Infinity/.test(body), 'no NaN on the page');

  await page.fill('#trucks-count', '1');
  await page.check('#trucks-diesel-kg');
  await page.waitForSelector('#trucks-density');
  assert.equal(await text(page, '#trucks-density-error'), "Enter the diesel's density");
  // 32,500 L/yr … with 125,000 km: 40,625 L × 0.84 kg/L × 3.186 kg CO₂/kg = 108.72 t → 109.
  await page.fill('#trucks-density', '0.84');
  await page.waitForFunction(() => document.querySelector('#trucks-tailpipe .result-big')?.textContent === '109');
  assert.match(await text(page, '#trucks-tailpipe dt'), /\(CO₂\)/);
  expectClean(problems);
  await context.close();
});

test('Chinese formatting, a 360 px phone, and no axe violations in the panel', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, {
    locale: 'zh-CN', viewport: { width: 360, height: 740 },
  });
  await page.waitForSelector('#trucks-title');
  assert.equal(await text(page, '#trucks-nox .result-big'), '3.5万');
  assert.equal(await text(page, '#trucks-net .result-big'), '比柴油重卡多排 27.1万 吨/年');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the panel overflows by ${overflow} px`);
  const axe = await new AxeBuilder({ page }).include('.trucks').analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
  expectClean(problems);
  await context.close();

  // English has the longest option labels (e.g. "national, excluding market-traded non-fossil
  // power"); the panel must still fit, with the footprint factor's labels too.
  const en = await openPage(browser, srv.url, { locale: 'en-US', viewport: { width: 360, height: 740 } });
  await en.page.check('#trucks-grid-cf');
  await en.page.waitForSelector('#trucks-grid-source');
  const enOverflow = await en.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(enOverflow <= 0, `the English panel overflows by ${enOverflow} px`);
  expectClean(en.problems);
  await en.context.close();
});

test('the link carries the panel: edits go into the fragment and a reload restores them', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.waitForSelector('#trucks-title');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /t\./, 'the preset writes no t. key');
  await page.fill('#trucks-count', '5000');
  await page.check('#trucks-baseline-china5');
  await page.selectOption('#trucks-grid-scope', 'province.sichuan');
  await page.check('#trucks-diesel-kg');
  await page.waitForSelector('#trucks-density');
  await page.fill('#trucks-density', '0.84');
  await page.waitForFunction(() => location.hash.includes('t.density=0.84'));
  const hash = await page.evaluate(() => location.hash);
  for (const pair of ['t.n=5000', 't.base=china5', 't.diesel=kg', 't.density=0.84', 't.ef.scope=province.sichuan']) {
    assert.ok(hash.split(/[#&]/).includes(pair), `${pair} in ${hash}`);
  }
  assert.doesNotMatch(hash, /t\.(duty|grid|preset|cf\.)/, 'unchanged inputs are not written');
  // 5,000 trucks × 125,000 km = 625,000,000 km. NOx × 3.894 g/km = 2,433.75 t → 2,430.
  // Diesel 203,125,000 L × 0.84 kg/L × 3.186 = 543,611.25 t; electricity 1,031,250,000 kWh ×
  // 0.1564 (Sichuan 2023) = 161,287.5 t; net 382,323.75 t → 382,000 less.
  const expected = {
    '#trucks-nox .result-big': '2,430',
    '#trucks-tailpipe .result-big': '544,000',
    '#trucks-grid .result-big': '161,000',
    '#trucks-net .result-big': '382,000 t/yr less than the diesel trucks',
  };
  await page.waitForFunction(() => document.querySelector('#trucks-tailpipe .result-big')?.textContent === '544,000');
  for (const [sel, want] of Object.entries(expected)) assert.equal(await text(page, sel), want, sel);

  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#trucks-title');
  assert.equal(await page.evaluate(() => location.hash), hash, 'the reload keeps the link');
  assert.equal(await page.locator('.link-notice').count(), 0, 'its own link raises no notice');
  assert.equal(await page.inputValue('#trucks-count'), '5000');
  assert.equal(await page.isChecked('#trucks-baseline-china5'), true);
  assert.equal(await page.isChecked('#trucks-diesel-kg'), true);
  assert.equal(await page.inputValue('#trucks-density'), '0.84');
  assert.equal(await page.inputValue('#trucks-grid-scope'), 'province.sichuan');
  for (const [sel, want] of Object.entries(expected)) assert.equal(await text(page, sel), want, `${sel} after reload`);
  expectClean(problems);
  await context.close();
});

test('a link with one bad trucks value lists it and opens the rest', async () => {
  const url = `${srv.url}#v=1&lang=en&t.n=abc&t.base=china5&t.grid=cf&t.cf.source=wind&t.cf.year=2023`;
  const { context, page, problems } = await openPage(browser, url, { locale: 'zh-CN' });
  await page.waitForSelector('#trucks-title');
  const notice = await text(page, '.link-notice');
  assert.match(notice, /t\.n=abc/);
  assert.doesNotMatch(notice, /t\.base|t\.grid|t\.cf/, 'only the bad value is listed');
  assert.equal(await page.inputValue('#trucks-count'), '197,000', 'the preset count stays');
  assert.equal(await page.isChecked('#trucks-baseline-china5'), true);
  assert.equal(await page.isChecked('#trucks-grid-cf'), true);
  assert.equal(await page.inputValue('#trucks-grid-source'), 'wind');
  assert.equal(await page.inputValue('#trucks-grid-year'), '2023');
  // 197,000 × 125,000 km × 3.894 g/km / 10⁶ = 95,889.75 t → 95,900.
  assert.equal(await text(page, '#trucks-nox .result-big'), '95,900');
  assert.match(await text(page, '#trucks-grid dt'), /life-cycle/);
  // The page rewrites the fragment without the bad pair.
  await page.waitForFunction(() => !location.hash.includes('t.n='));
  assert.match(await page.evaluate(() => location.hash), /t\.base=china5/);
  expectClean(problems);
  await context.close();
});

test('the CSV export holds the panel\'s rows with the net worked by hand', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-trucks-'));
  const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en`, { acceptDownloads: true });
  await page.waitForSelector('#trucks-title');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const path = join(dir, 'results.csv');
  await dl.saveAs(path);
  const csv = await readFile(path, 'utf8');
  const row = (key) => csv.split('\r\n').find((l) => l.startsWith(`trucks,${key},`));
  // Net: 21,288,312.5 − 21,558,941.25 = −270,628.75 t/yr (range −11,703,573 to 10,898,305.95).
  const net = row('trucks.co2.net');
  assert.ok(net, `a net row in ${csv.slice(0, 400)}`);
  const [, , label, central, low, high, unit] = net.split(',');
  assert.equal(label, 'Net (tailpipe avoided − electricity)');
  assert.ok(Math.abs(Number(central) + 270628.75) < 1e-3, central);
  assert.ok(Math.abs(Number(low) + 11703573) < 1e-2, low);
  assert.ok(Math.abs(Number(high) - 10898305.95) < 1e-2, high);
  assert.equal(unit, 't/yr');
  // NOx: 197,000 × 125,000 × 1.420 / 10⁶ = 34,967.5 t/yr.
  assert.ok(Math.abs(Number(row('trucks.nox').split(',')[3]) - 34967.5) < 1e-6);
  expectClean(problems);
  await context.close();
});
