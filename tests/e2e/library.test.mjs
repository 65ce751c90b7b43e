// The Sources and Report-figures views in the browser: the factor table filters as the user
// types and picks filters, speaks three languages, passes axe, fits a 360 px phone; the figures
// quote their sentences and offer real preset buttons. No console error, no foreign request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve, openPage, expectClean } from './harness.mjs';

let browser;
let srv;
before(async () => {
  browser = await launch();
  srv = await serve('/');
});
after(async () => {
  await srv?.close();
  await browser?.close();
});

// Every factor keeps its row; the search hides the others.
// The table's rows appear a few dozen per frame when the view opens (src/components/library/sources.rs).
const ALL_ROWS = 'table.factor-table tbody tr.factor-row:nth-child(466)';
const rows = (page) => page.locator('table.factor-table tbody tr.factor-row:not([hidden])');
const countText = (page) => page.locator('.factor-count').innerText();

/** Types into the search field and waits until the count says `expected` (a RegExp). */
async function search(page, text, expected) {
  const t0 = Date.now();
  await page.fill('#factor-search', text);
  await page.waitForFunction(
    (re) => new RegExp(re).test(document.querySelector('.factor-count')?.textContent ?? ''),
    expected.source,
  );
  return Date.now() - t0;
}

async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    'no axe violation',
  );
}

test('Sources: search and filters change the count and the rows; language switch keeps them', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'zh-CN' });
  await page.click('#nav-sources');
  await page.waitForSelector(ALL_ROWS, { state: 'attached' });
  assert.equal(await rows(page).count(), 466);
  assert.match(await countText(page), /显示 466 \/ 466 个因子/);
  // The factor set's version and hash, and the files the page names.
  assert.equal(await page.locator('.factor-set-version').innerText(), '2026.1');
  assert.match(await page.locator('.factor-set-hash').innerText(), /^[0-9a-f]{16}$/);
  assert.match(await page.locator('.factor-set').innerText(), /CHANGELOG-factors\.md/);
  assert.match(await page.locator('.factor-set').innerText(), /±5%[\s\S]*±10%[\s\S]*±30%/);

  // A name in another language matches too (the English and Traditional names come with
  // their packs, which the view asks for when it opens).
  await search(page, 'Electricity carbon-footprint factor', /显示 21 \/ 466/);
  await search(page, '碳足跡因子', /显示 21 \/ 466/);

  // Typing narrows the table and the count follows.
  const ms = await search(page, '2024', /显示 \d+ \/ 466/);
  const n2024 = await rows(page).count();
  assert.ok(n2024 > 0 && n2024 < 466, `2024 matched ${n2024}`);
  assert.match(await countText(page), new RegExp(`显示 ${n2024} / 466`));
  console.log(`search "2024": ${n2024} rows, count updated in ${ms} ms (incl. Playwright round trip)`);

  // Theme carbon + grade official: the 15 factors counted from factors.md C1/C2.
  await page.selectOption('#factor-theme', 'carbon');
  await page.selectOption('#factor-grade', 'official');
  await page.waitForFunction(() => document.querySelectorAll('tr.factor-row:not([hidden])').length === 15);
  assert.match(await countText(page), /显示 15 \/ 466/);
  const ids = await page.locator('tr.factor-row:not([hidden]) .factor-id').allInnerTexts();
  assert.ok(ids.includes('carbon.elec.cf.2024.national'));
  assert.ok(!ids.includes('carbon.elec.cf.2024.wind'), '2024 wind is secondary');

  // Switching to English changes the headings and keeps the query.
  await page.selectOption('#lang-select', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const h2 = await page.locator('main section.view h2').allInnerTexts();
  assert.deepEqual(h2, ['Factor set', 'All factors']);
  assert.equal(await page.locator('main h3').first().innerText(), 'How each range is set');
  assert.match(await countText(page), /^15 of 466 factors shown$/);
  assert.equal(await page.inputValue('#factor-search'), '2024');

  // Clear: everything back.
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await page.waitForFunction(() => document.querySelectorAll('tr.factor-row:not([hidden])').length === 466);
  assert.match(await countText(page), /^466 of 466 factors shown$/);

  // A Traditional name finds the same factors as the Simplified one (factors.md C1: 21 rows).
  await search(page, '碳足跡因子', /^21 of 466/);
  await search(page, '碳足迹因子', /^21 of 466/);
  // A data year and "no year" filter.
  await search(page, '', /^466 of 466/);
  await page.selectOption('#factor-year', 'none');
  await page.waitForFunction(() => !/^466 /.test(document.querySelector('.factor-count').textContent));
  const noYear = await rows(page).count();
  const years = await page.locator('tr.factor-row:not([hidden]) td.num:nth-child(7)').allInnerTexts();
  assert.ok(years.every((y) => !/\d/.test(y)), 'no data year in the "no year" rows');
  assert.ok(noYear > 0 && noYear < 466);

  // Nothing matches: the notice says so.
  await search(page, 'zzzz-no-such-factor', /^0 of 466/);
  assert.equal(await rows(page).count(), 0);
  assert.match(await page.locator('.factor-library .notice').innerText(), /No factor matches/);
  expectClean(problems);
  await context.close();
});

test('Sources: axe finds no violation; every assumed range says it is an assumption', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
  await page.click('#nav-sources');
  await page.waitForSelector(ALL_ROWS, { state: 'attached' });
  await search(page, 'carbon.elec.cf', /^21 of 466/);
  await axe(page);
  const assumed = await page.locator('.basis-assumed').allInnerTexts();
  assert.ok(assumed.length > 0);
  assert.ok(assumed.every((t) => /assumed from the grade \(not published\)/.test(t)), assumed.join('\n'));
  expectClean(problems);
  await context.close();
});

test('Report figures: themes, verbatim sentences, real preset buttons, in three languages', async () => {
  const { context, page, problems } = await openPage(browser, srv.url, { locale: 'zh-TW' });
  await page.click('#nav-figures');
  await page.waitForSelector('.figure-item');
  assert.equal(await page.locator('.figure-item').count(), 54);
  assert.equal(await page.locator('main section.view h2').count(), 10);
  assert.equal(await page.locator('main section.view h2').first().innerText(), '超低排放改造');
  const steel = page.locator('[data-figure="ule.steel.capacity_2025"]');
  assert.match(await steel.locator('.figure-sentence').innerText(), /全年新增完成3億噸粗鋼產能/);
  assert.equal(await steel.locator('.figure-original').count(), 0);

  await page.selectOption('#lang-select', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('main section.view h2').first().innerText(), 'Ultra-low-emission retrofits');
  assert.match(await steel.locator('.figure-sentence').innerText(), /300 million tonnes of crude-steel capacity/);
  const original = steel.locator('.figure-original');
  assert.equal(await original.getAttribute('lang'), 'zh-Hans');
  assert.match(await original.innerText(), /全年新增完成3亿吨粗钢产能/);
  assert.match(await steel.locator('.figure-value').innerText(), /^300 million t of capacity$/);
  assert.match(await page.locator('.report-source').innerText(), /Ministry of Ecology and Environment/);

  // The preset figures have real buttons with accessible names; the context ones none.
  const buttons = page.getByRole('button', { name: /Open in the calculator/ });
  assert.equal(await buttons.count(), 9);
  for (let i = 0; i < 9; i++) {
    const b = buttons.nth(i);
    assert.equal(await b.evaluate((el) => el.tagName), 'BUTTON');
    assert.equal(await b.getAttribute('type'), 'button');
    assert.ok(await b.isEnabled());
  }
  assert.equal(await page.locator('[data-figure="governance.complaints_received"] button').count(), 0);
  await axe(page);
  // Keyboard: a preset button can be reached and pressed (what it opens is the calculators' job,
  // so nothing is asserted about the view that follows).
  await buttons.first().focus();
  await page.keyboard.press('Enter');
  expectClean(problems);
  await context.close();
});

test('a 360 px phone scrolls neither view sideways; the table scrolls inside its region', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { context, page, problems } = await openPage(browser, srv.url, {
      viewport: { width: 360, height: 740 }, locale,
    });
    for (const key of ['sources', 'figures']) {
      await page.click(`#nav-${key}`);
      await page.waitForSelector(key === 'sources' ? ALL_ROWS : '.figure-item', { state: 'attached' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${locale} ${key} overflows by ${overflow} px`);
    }
    await page.click('#nav-sources');
    const inner = await page.locator('.factor-table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(inner > 0, 'the table scrolls inside its region');
    expectClean(problems);
    await context.close();
  }
});
