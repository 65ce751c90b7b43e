// Browser benchmark of issue 9: for each calculator's report preset, the time of one full
// recompute (10,000 Monte Carlo samples + the sensitivity sweep) in Chromium, over several
// edits of one input. Two times per edit:
//   - analysis: performance.now() around the analysis alone (the results section's data-mc-ms);
//   - input → screen: from the input event to the Monte Carlo range's data-central changing
//     (state update, every memo that depends on the input, the analysis, the render).
// It prints medians and every run; it never passes or fails on them (the machine is shared).
//
// Usage: node scripts/bench-mc.mjs [edits]   (needs dist/: bash scripts/build)
// The browser test tests/e2e/uncertainty.test.mjs runs the same measure() and prints the same.
import { fileURLToPath } from 'node:url';
import { launch, serve, openPage, expectClean } from '../tests/e2e/harness.mjs';

/** The calculators: how to open the report preset, the range watched, the input edited. */
export const CALCULATORS = [
  {
    name: 'ULE (every result, 48 outputs)',
    open: async () => {},
    range: '#ule-mc-nox',
    section: '.ule-results',
    field: '#ule-steel-capacity',
    values: (n) => Array.from({ length: n }, (_, i) => String(310_000_000 + i * 10_000_000)),
  },
  {
    name: 'Heavy trucks (every result, 7 outputs)',
    open: async () => {},
    range: '#trucks-mc-net',
    section: '.trucks-results',
    field: '#trucks-count',
    values: (n) => Array.from({ length: n }, (_, i) => String(150_000 + i * 5_000)),
  },
  {
    name: 'Carbon (household preset, every result)',
    open: async (page) => {
      await page.click('#nav-carbon');
      await page.waitForSelector('#carbon-mc');
    },
    range: '#carbon-mc',
    section: '.carbon-results',
    field: '#carbon-line-0-quantity',
    values: (n) => Array.from({ length: n }, (_, i) => String(2 + i)),
  },
  {
    name: 'Total phosphorus (preset + one plant, every result)',
    open: async (page) => {
      await page.click('#nav-tp');
      await page.waitForSelector('#tp-mc');
      await page.click('#tp-add-plant');
      await page.waitForFunction(() => document.querySelectorAll('.tp-measure-list > li').length === 2);
    },
    range: '#tp-mc',
    section: '.tp-results',
    field: '.tp-measure-list > li:nth-child(2) input[id$="-flow"]',
    values: (n) => Array.from({ length: n }, (_, i) => String(100_000 + i * 50_000)),
  },
];

export const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

/** Sets `value` in the field and times input → the range's data-central changing (ms). */
async function timeEdit(page, calc, value) {
  return page.locator(calc.field).evaluate((el, [v, range]) => new Promise((resolve) => {
    const target = document.querySelector(range);
    const t0 = performance.now();
    const timer = setTimeout(() => { obs.disconnect(); resolve(NaN); }, 10000);
    const obs = new MutationObserver(() => {
      obs.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - t0);
    });
    obs.observe(target, { attributes: true, attributeFilter: ['data-central'] });
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }), [value, calc.range]);
}

/**
 * Opens the calculator's preset in a fresh page and edits its input `edits` times. Returns
 * { name, analysis: [ms], edit: [ms], initial: ms, ranges: [[p5, central, p95]] } and the
 * page's problems (console errors etc.).
 */
export async function measure(browser, url, calc, edits = 9) {
  const { context, page, problems } = await openPage(browser, url, { locale: 'en-US' });
  try {
    await calc.open(page);
    await page.waitForSelector(calc.range);
    const initial = Number(await page.locator(calc.section).getAttribute('data-mc-ms'));
    const analysis = [];
    const edit = [];
    const ranges = [];
    for (const value of calc.values(edits)) {
      edit.push(await timeEdit(page, calc, value));
      analysis.push(Number(await page.locator(calc.section).getAttribute('data-mc-ms')));
      const r = page.locator(calc.range);
      ranges.push(await Promise.all(['data-p5', 'data-central', 'data-p95'].map((a) => r.getAttribute(a).then(Number))));
    }
    return { name: calc.name, initial, analysis, edit, ranges, problems };
  } finally {
    await context.close();
  }
}

/** One line per calculator. */
export function report(m) {
  const runs = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
  return `${m.name}: analysis median ${median(m.analysis).toFixed(1)} ms (first load ${m.initial.toFixed(1)}; runs ${runs(m.analysis)}); `
    + `input → range on screen median ${median(m.edit).toFixed(1)} ms (runs ${runs(m.edit)})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const edits = Number(process.argv[2] ?? 9);
  const browser = await launch();
  const srv = await serve('/');
  try {
    console.log(`Monte Carlo recompute in Chromium (10,000 samples + sweep; ${edits} edits, median):`);
    for (const calc of CALCULATORS) {
      const m = await measure(browser, srv.url, calc, edits);
      expectClean(m.problems);
      console.log(`  ${report(m)}`);
    }
  } finally {
    await srv.close();
    await browser.close();
  }
}
