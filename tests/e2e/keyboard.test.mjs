// Issue 10: the whole calculator is usable by keyboard alone, with visible focus. Only
// page.keyboard drives the page (Tab, Shift+Tab, Enter, Space, arrows, typing). Every element
// Tab lands on must show a focus indicator (outline or box-shadow) whose colour has at least
// 3:1 contrast with the background around it (WCAG 2.4.7, 1.4.11), and focus must never fall
// back to <body> after an action that re-renders. Keyboard map: docs/accessibility.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, expectClean } from './harness.mjs';
import { ratio, EFFECTIVE_BG_SRC } from './contrast.mjs';

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

/** What has focus, and how its focus indicator looks against what is around it. */
async function focused(page) {
  return page.evaluate(`(() => {
    const bg = ${EFFECTIVE_BG_SRC};
    const a = document.activeElement;
    if (!a || a === document.body) return { body: true };
    // A visually hidden file input shows its ring on its label (.file-button:focus-within).
    const shown = a.closest('.file-button') ?? a;
    const s = getComputedStyle(shown);
    return {
      body: false,
      id: a.id, tag: a.tagName.toLowerCase(), text: (a.textContent ?? '').trim().slice(0, 40),
      cls: a.getAttribute('class') ?? '',
      outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
      outlineColor: s.outlineColor, boxShadow: s.boxShadow,
      around: bg(shown.parentElement ?? shown),
    };
  })()`);
}

function describe(f) {
  return f.body ? '<body>' : `${f.tag}#${f.id}.${f.cls} "${f.text}"`;
}

/** Asserts focus is on an element (not <body>) that shows a focus indicator with 3:1 contrast. */
function assertVisibleFocus(f, where) {
  assert.ok(!f.body, `${where}: focus fell back to <body>`);
  const outline = f.outlineStyle !== 'none' && f.outlineWidth >= 2;
  const shadow = f.boxShadow && f.boxShadow !== 'none';
  assert.ok(outline || shadow, `${where}: ${describe(f)} shows no focus indicator`);
  if (outline) {
    const r = ratio(f.outlineColor, f.around);
    assert.ok(r >= 3, `${where}: ${describe(f)} focus ring ${f.outlineColor} on ${f.around} is ${r.toFixed(2)}:1`);
  }
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking the focus
 * indicator of every element on the way. Returns the number of presses.
 */
async function tabTo(page, selector, { back = false, max = 600 } = {}) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    assertVisibleFocus(f, `Tab ${i} towards ${selector}`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`${selector} not reached in ${max} presses`);
}

async function assertFocusOn(page, selector, where) {
  const f = await focused(page);
  assertVisibleFocus(f, where);
  assert.ok(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector),
    `${where}: focus is on ${describe(f)}, expected ${selector}`);
}

async function assertNotLost(page, where) {
  const f = await focused(page);
  assert.ok(!f.body, `${where}: focus fell back to <body>`);
  return f;
}

/** Selects the field's text and types `text`, key by key. */
async function retype(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 15 });
}

for (const scheme of ['light', 'dark']) {
  test(`keyboard only (${scheme}): skip link, language, views, fields, factor, preset, share, compare, export`, { timeout: 300000 }, async () => {
    const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US', colorScheme: scheme });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });

    // 1. The first Tab reaches the skip link; Enter moves focus to <main> and keeps the link.
    await tabTo(page, '.skip-link', { max: 1 });
    const hashBefore = await page.evaluate(() => location.hash);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    assert.equal(await page.evaluate(() => location.hash), hashBefore, 'the skip link leaves the scenario link alone');
    assert.equal(await page.locator('.link-notice').count(), 0, 'no link notice after the skip link');

    // 2. The language switch: back to it, arrows change the language, focus stays.
    await tabTo(page, '#lang-select', { back: true, max: 10 });
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await assertFocusOn(page, '#lang-select', 'after switching to zh-Hant');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await assertFocusOn(page, '#lang-select', 'after switching back to English');

    // 3. The views: Enter and Space on the navigation; focus stays on the button pressed.
    await tabTo(page, '#nav-tp', { max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.view-tp');
    await assertFocusOn(page, '#nav-tp', 'after opening TP');
    await tabTo(page, '#nav-carbon', { max: 3 });
    await page.keyboard.press(' ');
    await page.waitForSelector('.view-carbon');
    await assertFocusOn(page, '#nav-carbon', 'after opening carbon');
    await tabTo(page, '#nav-ule', { back: true, max: 5 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.view-ule');

    // 4. A number field: typing a value changes the result.
    await tabTo(page, '#ule-steel-capacity');
    await retype(page, '600000000');
    await page.waitForFunction(
      () => document.querySelector('[data-key="ule-avoided-steel-nox"]')?.textContent === '523,000');
    await assertFocusOn(page, '#ule-steel-capacity', 'after typing');

    // 5. A factor override and its reset: the reset button goes away, focus goes to the field.
    await tabTo(page, '.factor-input input');
    const factorId = await page.evaluate(() => document.activeElement.id);
    const original = await page.inputValue(`#${factorId}`);
    await retype(page, '12');
    await page.waitForSelector(`.factor-input.overridden #${factorId}`);
    await tabTo(page, '.factor-input.overridden .link-button', { max: 3 });
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !document.getElementById(id)?.closest('.overridden'), factorId);
    assert.equal(await page.inputValue(`#${factorId}`), original, 'reset restores the library value');
    await assertFocusOn(page, `#${factorId}`, 'after reset');

    // 6. A preset button (the trucks' shuttle preset): Space presses it, focus stays.
    await tabTo(page, '#trucks-preset-trucks-shuttle');
    await page.keyboard.press(' ');
    await page.waitForSelector('#trucks-preset-trucks-shuttle[aria-pressed="true"]');
    await assertNotLost(page, 'after the trucks preset');
    await assertFocusOn(page, '#trucks-preset-trucks-shuttle', 'after the trucks preset');

    // 7. Keep a variant for comparison; then remove it: focus is not lost when its button goes.
    await tabTo(page, '#compare-keep');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.variants li');
    await assertFocusOn(page, '#compare-keep', 'after keeping a variant');
    await tabTo(page, '.variants button:last-of-type', { max: 3 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.variants li'));
    await assertNotLost(page, 'after removing the variant');

    // 8. Share: copy the link.
    await tabTo(page, '#share-copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.share .share-status')?.textContent.trim() !== '');
    assert.match(await page.locator('.share .share-status').innerText(), /copied/i);
    await assertFocusOn(page, '#share-copy', 'after copying');

    // 9. Export: the CSV downloads.
    await tabTo(page, '#export-csv');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    assert.equal((await download).suggestedFilename(), 'qingshan-results.csv');
    await assertFocusOn(page, '#export-csv', 'after export');

    // 10. A report figure's preset opens its calculator: focus lands on the new view's heading.
    await tabTo(page, '#nav-figures', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.view-figures');
    await tabTo(page, '.preset-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.view-figures'));
    await assertFocusOn(page, '#view-title', 'after a figure preset switched the view');

    // 11. Disclosures open with the keyboard: a chart's table.
    await tabTo(page, '.chart-table summary');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.parentElement.open), true);

    expectClean(problems);
    await context.close();
  });
}

test('keyboard only: dismissing the link notice keeps focus in the page', async () => {
  const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=tp&zz.bogus=1`, { locale: 'en-US' });
  await page.waitForSelector('.link-notice');
  await tabTo(page, '.link-notice button', { max: 20 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.link-notice'));
  const f = await assertNotLost(page, 'after dismissing the notice');
  assert.equal(f.id, 'main', 'focus moves to <main>');
  // The next Tab continues inside the content.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)
    && document.activeElement.id !== 'main'));
  expectClean(problems);
  await context.close();
});
