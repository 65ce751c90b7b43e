// Issue 10, the accessibility checks a11y.test.mjs and keyboard.test.mjs do not make: radio groups
// by arrow keys, the import file chooser by keyboard, reflow at 320 CSS px and at 200 % zoom
// (WCAG 1.4.10, 1.4.4), text spacing (1.4.12) and forced colours (Windows high contrast: focus
// ring, chart marks, selected states, axe). Each test measures the rendered page and can fail.
// What is checked and why: docs/accessibility.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, expectClean } from './harness.mjs';
import { ratio, parseColor, EFFECTIVE_BG_SRC } from './contrast.mjs';

const VIEWS = ['ule', 'tp', 'carbon', 'figures', 'sources'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let browser;
let srv;
before(async () => { browser = await launch(); srv = await serve('/'); });
after(async () => { await srv?.close(); await browser?.close(); });

async function show(page, view) {
  await page.click(`#nav-${view}`);
  await page.waitForSelector(`.view-${view}`);
}

async function openAllDetails(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

/** The numbers the view shows as results (headline figures and the ULE table). */
function resultText(page) {
  return page.evaluate(() => [...document.querySelectorAll('main .result-big, main [data-key]')]
    .map((e) => e.textContent.trim()).join(' | '));
}

// ---- 1. Radio groups -------------------------------------------------------------------------

test('radio groups: named by a legend; Tab enters on the checked option; arrows move it and change the result', { timeout: 240000 }, async () => {
  const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en`, { locale: 'en-US' });
  let groups = 0;
  for (const view of ['ule', 'tp', 'carbon']) {
    await show(page, view);
    const names = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('main input[type="radio"]')].map((r) => r.name))]);
    for (const name of names) {
      groups++;
      const where = `${view}: radio group "${name}"`;
      // Markup: one fieldset with a non-empty legend holds every option; every option has a label.
      const markup = await page.evaluate((n) => {
        const radios = [...document.querySelectorAll(`input[type="radio"][name="${n}"]`)];
        const sets = new Set(radios.map((r) => r.closest('fieldset')));
        const fs = radios[0].closest('fieldset');
        return {
          count: radios.length,
          oneFieldset: sets.size === 1 && !sets.has(null),
          legend: fs?.querySelector(':scope > legend')?.textContent.trim() ?? '',
          unlabelled: radios.filter((r) => ![...r.labels].some((l) => l.textContent.trim())).map((r) => r.id),
          checked: radios.filter((r) => r.checked).length,
        };
      }, name);
      assert.ok(markup.count >= 2, `${where}: at least two options`);
      assert.ok(markup.oneFieldset, `${where}: all options in one <fieldset>`);
      assert.ok(markup.legend, `${where}: the fieldset has a <legend>`);
      assert.deepEqual(markup.unlabelled, [], `${where}: every option has a label`);
      assert.equal(markup.checked, 1, `${where}: exactly one option checked`);

      // Tab into the group from the control before it: focus lands on the checked option.
      await page.evaluate((n) => {
        const first = document.querySelector(`input[type="radio"][name="${n}"]`);
        const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
        const before = all.filter((e) => e.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING
          && !(e.type === 'radio' && e.name === n));
        before.at(-1).focus();
      }, name);
      await page.keyboard.press('Tab');
      const entered = await page.evaluate((n) => {
        const a = document.activeElement;
        return { inGroup: a?.type === 'radio' && a.name === n, checked: a?.checked, id: a?.id };
      }, name);
      assert.ok(entered.inGroup, `${where}: Tab enters the group (focus on #${entered.id})`);
      assert.ok(entered.checked, `${where}: Tab lands on the checked option, not #${entered.id}`);

      // An arrow moves the checked option with the focus, and the result follows.
      const resultBefore = await resultText(page);
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(([n, id]) => {
        const a = document.activeElement;
        return a?.name === n && a.checked && a.id !== id;
      }, [name, entered.id], { timeout: 5000 }).catch(() => assert.fail(`${where}: ArrowDown did not check the next option`));
      await page.waitForFunction((b) => [...document.querySelectorAll('main .result-big, main [data-key]')]
        .map((e) => e.textContent.trim()).join(' | ') !== b, resultBefore, { timeout: 10000 })
        .catch(() => assert.fail(`${where}: the result did not change after ArrowDown`));
      // ArrowUp goes back: the state follows the keys both ways.
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction((id) => document.activeElement?.id === id && document.activeElement.checked, entered.id, { timeout: 5000 })
        .catch(() => assert.fail(`${where}: ArrowUp did not return to #${entered.id}`));
      await page.waitForFunction((b) => [...document.querySelectorAll('main .result-big, main [data-key]')]
        .map((e) => e.textContent.trim()).join(' | ') === b, resultBefore, { timeout: 10000 })
        .catch(() => assert.fail(`${where}: the result did not come back after ArrowUp`));
    }
  }
  // ULE method (per sector), trucks baseline / duty / diesel / grid, carbon kind of factor.
  assert.ok(groups >= 6, `expected at least 6 radio groups, found ${groups}`);
  expectClean(problems);
  await context.close();
});

// ---- 2. Import by keyboard -------------------------------------------------------------------

test('import: Tab reaches "Import", Space and Enter open the file chooser, and the file chosen is imported', { timeout: 120000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-a11y-'));
  try {
    // The fixture: an export of a changed scenario, written by the page itself.
    const first = await openPage(browser, `${srv.url}#v=1&lang=en&view=carbon&f.carbon.price.cea.2025=80`, { locale: 'en-US', acceptDownloads: true });
    const [dl] = await Promise.all([first.page.waitForEvent('download'), first.page.click('#export-json')]);
    const fixture = join(dir, 'export.json');
    await dl.saveAs(fixture);
    await first.context.close();

    // One fresh page per key, as a reader would press one of them. (In one page, Chromium opens
    // no second chooser for Enter right after a Space-opened one was cancelled.)
    for (const key of [' ', 'Enter']) {
      const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en&view=tp`, { locale: 'en-US' });
      // Listen before any key: Playwright turns the chooser interception on asynchronously, and
      // Enter opens the chooser on keydown, before `waitForEvent` set up late would catch it.
      const chooser = new Promise((res) => page.once('filechooser', res));
      await page.evaluate(() => 0); // one round trip: the interception is on
      await page.focus('#export-csv');
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        const s = getComputedStyle(a.closest('.file-button') ?? a);
        return { id: a.id, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      assert.equal(f.id, 'import-json', 'the Tab after "CSV" lands on Import');
      assert.ok(f.outline, 'Import shows a focus ring');
      await page.keyboard.press(key);
      const fc = await Promise.race([chooser, new Promise((res) => setTimeout(() => res(null), 5000))]);
      assert.ok(fc, `${JSON.stringify(key)} on Import opened no file chooser`);
      assert.equal(fc.isMultiple(), false);
      await fc.setFiles(fixture);
      await page.waitForFunction(() => location.hash.includes('view=carbon'));
      assert.match(await page.evaluate(() => location.hash), /f\.carbon\.price\.cea\.2025=80/, 'the imported scenario is on screen');
      expectClean(problems);
      await context.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// ---- 3. Reflow and resize ----------------------------------------------------------------------

/**
 * Runs in the page: what makes the page wider than the window, and scroll containers that scroll
 * but are not usable as such. A content box may scroll sideways only if it is a named region the
 * keyboard can reach: `tabindex="0"` (or a focusable element inside, like a <details>' summary)
 * and a name (aria-label / aria-labelledby, or a <details> named by its summary).
 */
const REFLOW_SRC = `(() => {
  const W = innerWidth;
  const scrolls = (n) => /(auto|scroll)/.test(getComputedStyle(n).overflowX);
  const focusable = (n) => n.tabIndex >= 0 || !!n.querySelector('a[href], button, input, select, textarea, summary, [tabindex="0"]');
  const named = (n) => !!(n.getAttribute('aria-label')?.trim() || n.getAttribute('aria-labelledby')
    || (n.tagName === 'DETAILS' && n.querySelector(':scope > summary')?.textContent.trim()));
  const bad = [];
  for (const n of document.querySelectorAll('body *')) {
    if (n.scrollWidth > n.clientWidth + 1 && scrolls(n) && !(focusable(n) && named(n))) {
      bad.push('unusable scroll container ' + n.tagName.toLowerCase() + '.' + n.className);
    }
  }
  const inScroller = (el) => { for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) if (scrolls(n)) return true; return false; };
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= W + 1 || inScroller(el)) continue;
    if ([...el.children].some((c) => c.getBoundingClientRect().right > W + 1)) continue;
    bad.push('sticks out: ' + el.tagName.toLowerCase() + '.' + el.className + ' "' + (el.textContent || '').trim().slice(0, 30) + '" right=' + Math.round(r.right));
  }
  // Header and navigation: every piece inside the window, none clipping its text, none overlapping.
  const pieces = [...document.querySelectorAll('.site-header .brand-name, .site-header .tagline, .lang-switch, .main-nav button')];
  for (const p of pieces) {
    const r = p.getBoundingClientRect();
    if (r.left < -1 || r.right > W + 1) bad.push('header piece outside the window: ' + p.textContent.trim().slice(0, 20));
    if (p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).overflowX !== 'visible') bad.push('header text clipped: ' + p.textContent.trim().slice(0, 20));
  }
  for (let i = 0; i < pieces.length; i++) for (let j = i + 1; j < pieces.length; j++) {
    const a = pieces[i].getBoundingClientRect(), b = pieces[j].getBoundingClientRect();
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
      bad.push('header pieces overlap: "' + pieces[i].textContent.trim().slice(0, 15) + '" / "' + pieces[j].textContent.trim().slice(0, 15) + '"');
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: W, bad: [...new Set(bad)].slice(0, 20) };
})()`;

// 320 × 640: WCAG 1.4.10's reference (1280 px at 400 %). 640 × 400 at device scale 2: a 1280 × 800
// window zoomed to 200 %. Browser zoom shrinks the CSS-pixel viewport and re-runs media queries,
// which is exactly what this emulates; `deviceScaleFactor` alone would only sharpen the pixels,
// and CSS `zoom` on <html> would leave the media queries at 1280 px. Text-only zoom (a 200 % root
// font size in a 1280 px window, 1.4.4) is the third case.
const REFLOW_CASES = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200 %', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { name: '1280 px, text at 200 %', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, fontScale: 2 },
];

for (const c of REFLOW_CASES) {
  test(`reflow at ${c.name}: no horizontal scrolling of the page, on every view, in every language`, { timeout: 300000 }, async () => {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en`,
      { locale: 'en-US', viewport: c.viewport, deviceScaleFactor: c.deviceScaleFactor, bypassCSP: !!c.fontScale });
    if (c.fontScale) {
      await page.addStyleTag({ content: `html { font-size: ${c.fontScale * 100}% !important; }` });
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), `${16 * c.fontScale}px`);
    }
    const failures = [];
    for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
      await page.selectOption('#lang-select', lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      for (const view of VIEWS) {
        await show(page, view);
        await openAllDetails(page);
        const r = await page.evaluate(REFLOW_SRC);
        if (r.scrollWidth > r.innerWidth + 1) failures.push(`${lang} ${view}: page ${r.scrollWidth} px wide in a ${r.innerWidth} px window`);
        for (const b of r.bad) failures.push(`${lang} ${view}: ${b}`);
      }
    }
    assert.deepEqual(failures, [], `reflow at ${c.name}`);
    expectClean(problems);
    await context.close();
  });
}

// ---- 4. Text spacing ---------------------------------------------------------------------------

/** WCAG 1.4.12's values, as a user stylesheet or bookmarklet would set them. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

test('text spacing (1.4.12): no text clipped on any view', { timeout: 240000 }, async () => {
  // The page's CSP (style-src 'self') refuses an injected <style>, as it should; a user
  // stylesheet is not subject to it, so the test context bypasses the CSP to play that part.
  const strict = await openPage(browser, `${srv.url}#v=1&lang=en`, { locale: 'en-US' });
  await strict.page.addStyleTag({ content: TEXT_SPACING }).catch(() => {});
  assert.equal(await strict.page.evaluate(() => getComputedStyle(document.querySelector('.tagline')).letterSpacing), 'normal',
    'under the CSP an injected <style> has no effect (if it had, the CSP would be weaker than documented)');
  await strict.context.close();

  const { context, page } = await openPage(browser, `${srv.url}#v=1&lang=en`, { locale: 'en-US', viewport: { width: 360, height: 740 }, bypassCSP: true });
  await page.addStyleTag({ content: TEXT_SPACING });
  const applied = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('.tagline'));
    return parseFloat(s.letterSpacing) / parseFloat(s.fontSize);
  });
  assert.ok(Math.abs(applied - 0.12) < 0.005, `letter spacing applied (${applied} em)`);
  const failures = [];
  for (const view of VIEWS) {
    await show(page, view);
    await openAllDetails(page);
    const clipped = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('body *')) {
        if (el.closest('.visually-hidden, svg') || !el.textContent.trim()) continue;
        const s = getComputedStyle(el);
        const hideX = /(hidden|clip)/.test(s.overflowX);
        const hideY = /(hidden|clip)/.test(s.overflowY);
        if ((hideX && el.scrollWidth > el.clientWidth + 1) || (hideY && el.scrollHeight > el.clientHeight + 1)) {
          out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
        }
      }
      if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`page ${document.documentElement.scrollWidth} px wide`);
      return out;
    });
    for (const c of clipped) failures.push(`${view}: ${c}`);
  }
  assert.deepEqual(failures, [], 'no text clipped with 1.4.12 spacing');
  await context.close();
});

// ---- 5. Forced colours -------------------------------------------------------------------------

/** Runs in the page: the computed values of the CSS system colours in the active palette. */
const SYSTEM_COLOURS_SRC = `(() => {
  const d = document.createElement('div');
  document.body.append(d);
  const out = {};
  for (const c of ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'LinkText', 'GrayText', 'ButtonText', 'ButtonFace', 'ButtonBorder', 'SelectedItem', 'SelectedItemText', 'AccentColor', 'AccentColorText', 'Mark', 'MarkText', 'VisitedText', 'ActiveText', 'Field', 'FieldText']) {
    d.style.color = c;
    out[c] = getComputedStyle(d).color;
  }
  d.remove();
  return out;
})()`;

/** `rgba(…, a)` over an opaque background → the opaque colour seen. */
function over(colour, bg) {
  const [r, g, b, a] = parseColor(colour);
  const [R, G, B] = parseColor(bg);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}

for (const scheme of ['light', 'dark']) {
  test(`forced colours (${scheme}): focus ring on every Tab stop, chart marks in system colours, selected states, axe`, { timeout: 420000 }, async () => {
    const { context, page, problems } = await openPage(browser, `${srv.url}#v=1&lang=en`,
      { locale: 'en-US', forcedColors: 'active', colorScheme: scheme });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on');
    const sys = await page.evaluate(SYSTEM_COLOURS_SRC);
    const system = new Set(Object.values(sys));
    const failures = [];

    for (const view of ['ule', 'tp', 'carbon']) {
      await show(page, view);
      // Keep a variant so the compare chart (series A/B) is drawn too, once.
      if (view === 'ule') {
        await page.click('#compare-keep');
        await page.waitForSelector('.variants li');
      }
      await openAllDetails(page);

      // a) The keyboard walk: every Tab stop of the view shows a ring of 3:1 against what is around it.
      await page.evaluate(() => document.querySelectorAll('[data-walked]').forEach((e) => e.removeAttribute('data-walked')));
      await page.focus('#nav-' + view);
      const seen = new Set();
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(`(() => {
          const bg = ${EFFECTIVE_BG_SRC};
          const a = document.activeElement;
          if (!a || a === document.body) return null;
          const shown = a.closest('.file-button') ?? a;
          const s = getComputedStyle(shown);
          const again = a.dataset.walked === '1';
          a.dataset.walked = '1';
          return { key: a.id || a.tagName.toLowerCase() + ' "' + (a.textContent ?? '').trim().slice(0, 30) + '"', again,
            inFooter: !!a.closest('.site-footer'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0,
            colour: s.outlineColor, around: bg(shown.parentElement ?? shown), text: (a.textContent ?? '').trim().slice(0, 30) };
        })()`);
        // Past the last control of the document, Tab leaves the page (focus on <body>): the end.
        if (!f) break;
        if (f.again || f.inFooter) break; // wrapped round, or the walk left the content
        seen.add(i);
        if (f.style === 'none' || f.width < 2) { failures.push(`${view}: no focus ring on ${f.key}`); continue; }
        const r = ratio(over(f.colour, f.around), f.around);
        if (r < 3) failures.push(`${view}: focus ring ${f.colour} on ${f.around} is ${r.toFixed(2)}:1 at ${f.key}`);
      }
      assert.ok(seen.size > 20, `${view}: the walk visited ${seen.size} controls`);

      // b) Chart marks and texts: system colours, visible against the chart's background.
      const marks = await page.evaluate(`(() => {
        const bg = ${EFFECTIVE_BG_SRC};
        const sel = '.chart .bar rect, .tornado rect.low, .tornado rect.high, .chart .whisker, .chart .axis, .chart text';
        return [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0).map((e) => {
          const s = getComputedStyle(e);
          const stroked = s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0;
          const isText = e.tagName === 'text';
          return { what: e.tagName + '.' + (e.getAttribute('class') ?? '') + ' in ' + (e.closest('.tornado') ? 'tornado' : 'chart'),
            isText, line: e.tagName === 'line', colour: isText ? s.fill : (stroked ? s.stroke : s.fill),
            around: bg(e.closest('figure, .tornado, section') ?? e.parentElement) };
        });
      })()`);
      assert.ok(marks.length > 0, `${view}: the view has charts`);
      for (const m of marks) {
        if (!system.has(m.colour)) failures.push(`${view}: ${m.what} is ${m.colour}, not a system colour`);
        const r = ratio(m.colour, m.around);
        if (r < (m.isText ? 4.5 : 3)) failures.push(`${view}: ${m.what} ${m.colour} on ${m.around} is ${r.toFixed(2)}:1`);
      }
      // The tornado's legend keys (low / high) are drawn too.
      const keys = await page.evaluate(`(() => {
        const bg = ${EFFECTIVE_BG_SRC};
        return [...document.querySelectorAll('.tornado .key')].map((k) => {
          const s = getComputedStyle(k);
          return { cls: k.className, bg: s.backgroundColor, border: s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0 ? s.borderTopColor : null, around: bg(k.parentElement) };
        });
      })()`);
      for (const k of keys) {
        const visible = (k.border && ratio(k.border, k.around) >= 3) || ratio(over(k.bg, k.around), k.around) >= 3;
        if (!visible) failures.push(`${view}: tornado legend ${k.cls} invisible (${k.bg} / ${k.border} on ${k.around})`);
      }

      // c) Selected states: a pressed button and the current view differ from their siblings
      // in more than the colour (the forced palette repaints colours alike).
      const states = await page.evaluate(() => {
        const look = (e) => {
          const s = getComputedStyle(e);
          return { bg: s.backgroundColor, fg: s.color, border: `${s.borderTopWidth} ${s.borderBottomWidth} ${s.borderBottomStyle}`,
            bottom: s.borderBottomColor, deco: s.textDecorationLine };
        };
        const out = [];
        const groups = new Set([...document.querySelectorAll('button[aria-pressed]')].map((b) => b.parentElement.closest('ul, div, nav, fieldset')));
        for (const g of groups) {
          const on = g.querySelector('button[aria-pressed="true"]');
          const off = g.querySelector('button[aria-pressed="false"]');
          if (on && off) out.push({ what: `pressed ${on.id || on.textContent.trim().slice(0, 20)}`, on: look(on), off: look(off) });
        }
        const cur = document.querySelector('.main-nav button[aria-current="page"]');
        const other = document.querySelector('.main-nav button:not([aria-current])');
        out.push({ what: 'current view', on: look(cur), off: look(other) });
        return out;
      });
      assert.ok(states.length >= (view === 'tp' ? 1 : 2), `${view}: selected states found`);
      for (const s of states) {
        const colour = s.on.bg !== s.off.bg || s.on.fg !== s.off.fg || s.on.bottom !== s.off.bottom;
        const shape = s.on.border !== s.off.border || s.on.deco !== s.off.deco;
        if (!colour || !shape) failures.push(`${view}: ${s.what} not distinguishable (${JSON.stringify(s.on)} vs ${JSON.stringify(s.off)})`);
      }

      // d) axe in forced colours.
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) for (const n of v.nodes) failures.push(`${view}: axe ${v.id}: ${n.target.join(' ')}`);
    }
    assert.deepEqual(failures, [], `forced colours (${scheme})`);
    expectClean(problems);
    await context.close();
  });
}
