// Issue 10, accessibility gates, measured: axe-core (WCAG 2.1 A + AA and best practice) on every
// view × every language × both colour schemes, with the compare, share and export panels shown,
// a link notice on screen, every <details> open and an input in its error state; the offline
// notice; labels and error messages tied to every field; charts with a table equivalent; and
// non-text contrast (WCAG 1.4.11, 3:1) of focus ring, field borders and chart marks computed
// from the page's own styles. One browser and one page: views and languages are switched
// through the UI. What the numbers are and why: docs/accessibility.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, expectClean, DIST } from './harness.mjs';
import { startServer } from './serve.mjs';
import { writeWorker } from '../../scripts/sw.mjs';
import { ratio, EFFECTIVE_BG_SRC } from './contrast.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const VIEWS = ['ule', 'tp', 'carbon', 'figures', 'sources'];
const LANGS = ['zh-Hans', 'zh-Hant', 'en'];
const SCHEMES = ['light', 'dark'];

let browser;
let srv;
let session;
before(async () => {
  browser = await launch();
  srv = await serve('/');
  // A link with a pair the page cannot use: the link notice stays on screen throughout.
  session = await openPage(browser, `${srv.url}#v=1&lang=en&view=ule&zz.bogus=1`, { locale: 'en-US' });
  await session.page.waitForSelector('.link-notice');
});
after(async () => { await session?.context.close(); await srv?.close(); await browser?.close(); });

/** Rules whose outcome depends on colours; the only ones a change of scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the whole page (`colourOnly`: just the colour rules); returns the violations as
 * readable lines. */
async function axe(page, colourOnly = false) {
  const builder = new AxeBuilder({ page });
  if (colourOnly) builder.withRules(COLOUR_RULES); else builder.withTags(TAGS);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) => v.nodes.map((n) =>
    `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ').trim()}`));
}

async function setLang(page, lang) {
  await page.selectOption('#lang-select', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l
    && document.querySelector('.app')?.getAttribute('lang') === l, lang);
}

async function show(page, view) {
  await page.click(`#nav-${view}`);
  await page.waitForSelector(`.view-${view}`);
  await page.waitForFunction((v) => document.querySelector(`#nav-${v}`)?.getAttribute('aria-current') === 'page', view);
}

async function openAllDetails(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

/** Puts the first number field of the view in its error state; returns its id (or null). */
async function breakAField(page) {
  const id = await page.evaluate(() => document.querySelector('.view .field input[inputmode="decimal"]')?.id ?? null);
  if (id) {
    await page.fill(`[id="${id}"]`, '12abc');
    await page.waitForSelector(`[id="${id}"][aria-invalid="true"]`);
  }
  return id;
}

test('axe: no violation on any view, in any language, in light and dark', { timeout: 900000 }, async () => {
  const { page, problems } = session;
  // The compare panel with a kept variant (table + chart), on every view from here on.
  // An identical variant: the panel says nothing differs; unticking "only results that differ"
  // shows the full table, its unit list and the chart.
  await page.click('#compare-keep');
  await page.waitForSelector('#compare-only-diff');
  await page.uncheck('#compare-only-diff');
  await page.waitForSelector('.compare-table');
  const found = [];
  for (const lang of LANGS) {
    await setLang(page, lang);
    for (const view of VIEWS) {
      await show(page, view);
      await breakAField(page);
      await openAllDetails(page);
      // Every rule in light; in dark the markup is the same, so only the colour rules run again.
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        const t0 = Date.now();
        for (const line of await axe(page, scheme === 'dark')) found.push(`[${lang} ${view} ${scheme}] ${line}`);
        if (process.env.A11Y_TIMING) console.log(`${lang} ${view} ${scheme}: ${Date.now() - t0} ms`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (found.length) console.log(found.join('\n'));
  assert.deepEqual(found, [], 'no axe violation');
  expectClean(problems);
});

test('axe: the offline notice and the update notice, in every language and scheme', { timeout: 180000 }, async () => {
  // A copy of dist/ served on its own: the first visit installs the service worker and says the
  // page works offline; a new release written next to it is then announced with its button.
  const dir = mkdtempSync(join(tmpdir(), 'qingshan-a11y-'));
  cpSync(DIST, dir, { recursive: true });
  const own = await startServer({ root: dir, base: '/' });
  try {
    const { context, page, problems } = await openPage(browser, `${own.url}#v=1&lang=zh-Hans&view=figures`, { locale: 'zh-CN' });
    const found = [];
    const check = async (what) => {
      for (const lang of LANGS) {
        await setLang(page, lang);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).include('.pwa-status').analyze();
          for (const v of violations) found.push(`[${what} ${lang} ${scheme}] ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await page.waitForSelector('#offline-ready', { timeout: 20000 });
    await check('offline');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'index.html'), html.replace('<head>', '<head>\n  <meta name="qingshan-a11y-release" content="2">'));
    writeWorker(dir, 'release');
    await page.reload();
    await page.waitForSelector('#update-ready', { timeout: 20000 });
    await check('update');
    assert.deepEqual(found, []);
    expectClean(problems);
    await context.close();
  } finally {
    await own.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every field has a name; an invalid one says so and points at its visible message', { timeout: 300000 }, async () => {
  const { page, problems } = session;
  await setLang(page, 'en');
  for (const view of ['ule', 'tp', 'carbon']) {
    await show(page, view);
    // Every control in main has an accessible name from a label or aria.
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('main input, main select, main textarea')]
      .filter((el) => el.type !== 'hidden')
      .filter((el) => !((el.labels && [...el.labels].some((l) => l.textContent.trim()))
        || el.getAttribute('aria-label')?.trim()
        || (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent.trim())))
      .map((el) => el.id || el.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, [], `${view}: unnamed controls`);

    const ids = await page.evaluate(() => [...document.querySelectorAll('.view .field input[inputmode="decimal"]')]
      .filter((el) => el.offsetParent !== null).map((el) => el.id));
    assert.ok(ids.length > 0, `${view}: has number fields`);
    for (const id of ids) {
      const sel = `[id="${id}"]`;
      const before = await page.inputValue(sel);
      await page.fill(sel, '1x2');
      await page.waitForSelector(`${sel}[aria-invalid="true"]`);
      const tied = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const refs = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
          .map((r) => document.getElementById(r)).filter(Boolean);
        return refs.some((r) => r.textContent.trim() && r.offsetParent !== null
          && getComputedStyle(r).visibility !== 'hidden');
      }, id);
      assert.ok(tied, `${view} #${id}: aria-describedby names a visible message`);
      await page.fill(sel, before);
      await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') !== 'true'
        || document.getElementById(`${id}-error`)?.textContent.trim() !== '', id);
    }
  }
  expectClean(problems);
});

test('every chart has a table equivalent', async () => {
  const { page } = session;
  await setLang(page, 'en');
  for (const view of ['ule', 'tp', 'carbon']) {
    await show(page, view);
    const charts = await page.evaluate(() => [...document.querySelectorAll('main svg')]
      .filter((s) => !s.closest('.qr'))
      .map((s) => {
        const fig = s.closest('figure, .tornado, section, div');
        const named = ['img', 'group'].includes(s.getAttribute('role')) && (s.getAttribute('aria-labelledby') || s.getAttribute('aria-label'))
          || s.getAttribute('aria-hidden') === 'true';
        const table = fig?.querySelector('details table, table');
        return { named: Boolean(named), rows: table ? table.querySelectorAll('tbody tr').length : 0, bars: s.querySelectorAll('rect').length };
      }));
    assert.ok(charts.length > 0, `${view}: has charts`);
    for (const c of charts) {
      assert.ok(c.named, `${view}: chart has a text name or is decorative`);
      assert.ok(c.rows > 0, `${view}: chart has a table with rows`);
    }
  }
});

test('non-text contrast (1.4.11): focus ring, field borders and chart marks reach 3:1', { timeout: 120000 }, async () => {
  const { page } = session;
  await setLang(page, 'en');
  const failures = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of ['ule', 'tp', 'carbon']) {
      await show(page, view);
      const pairs = await page.evaluate(`(() => {
        const bg = ${EFFECTIVE_BG_SRC};
        const out = [];
        // Field borders (text inputs and selects) against what is around them.
        for (const el of document.querySelectorAll('main input[type="text"], main select, #lang-select')) {
          if (el.offsetParent === null) continue;
          const s = getComputedStyle(el);
          out.push({ what: 'border of #' + el.id, fg: s.borderTopColor, bg: bg(el.parentElement) });
        }
        // Chart marks (bars of bar charts and tornados) against the chart's background.
        for (const r of document.querySelectorAll('main svg rect')) {
          if (r.closest('.qr')) continue;
          const s = getComputedStyle(r);
          if (s.display === 'none' || s.fill === 'none') continue;
          const g = r.closest('g');
          out.push({ what: 'chart mark ' + (g ? g.getAttribute('class') : r.getAttribute('class')), fg: s.fill, bg: bg(r.closest('svg')) });
        }
        // The focus ring against the page and the panels.
        const probe = document.createElement('button');
        document.body.append(probe);
        const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
        probe.style.color = focus;
        const ring = getComputedStyle(probe).color;
        probe.remove();
        out.push({ what: 'focus ring on page', fg: ring, bg: getComputedStyle(document.body).backgroundColor });
        const panel = document.querySelector('.panel');
        if (panel) out.push({ what: 'focus ring on panel', fg: ring, bg: bg(panel) });
        return out;
      })()`);
      const seen = new Set();
      for (const p of pairs) {
        const key = `${p.what}|${p.fg}|${p.bg}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const r = ratio(p.fg, p.bg);
        if (r < 3) failures.push(`[${scheme} ${view}] ${p.what}: ${p.fg} on ${p.bg} = ${r.toFixed(2)}:1`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (failures.length) console.log(failures.join('\n'));
  assert.deepEqual(failures, []);
});

test('the palette: text pairs reach 4.5:1 and UI colours 3:1 in both schemes', async () => {
  const { page } = session;
  // [foreground, background, minimum]: text on its backgrounds (1.4.3), UI and chart colours on
  // the page and panel backgrounds (1.4.11). Read from the custom properties the page uses.
  const PAIRS = [
    ['--text', '--bg', 4.5], ['--text', '--surface', 4.5], ['--muted', '--bg', 4.5], ['--muted', '--surface', 4.5],
    ['--accent', '--bg', 4.5], ['--accent', '--surface', 4.5], ['--accent-text', '--accent', 4.5],
    ['--warn-text', '--warn-bg', 4.5], ['--error', '--bg', 4.5], ['--error', '--surface', 4.5],
    ['--field-border', '--bg', 3], ['--field-border', '--surface', 3], ['--focus', '--bg', 3], ['--focus', '--surface', 3],
    ...['--c-brown', '--c-amber', '--c-indigo', '--c-slate', '--c-red', '--c-pink', '--accent']
      .flatMap((c) => [[c, '--bg', 3], [c, '--surface', 3]]),
  ];
  const failures = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const colours = await page.evaluate((names) => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const out = {};
      for (const n of names) {
        probe.style.color = `var(${n})`;
        out[n] = getComputedStyle(probe).color;
      }
      probe.remove();
      return out;
    }, [...new Set(PAIRS.flatMap(([a, b]) => [a, b]))]);
    for (const [fg, bg, min] of PAIRS) {
      const r = ratio(colours[fg], colours[bg]);
      if (!(r >= min)) failures.push(`[${scheme}] ${fg} ${colours[fg]} on ${bg} ${colours[bg]}: ${r.toFixed(2)} < ${min}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(failures, []);
});
