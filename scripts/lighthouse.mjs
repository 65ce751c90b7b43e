// Lighthouse benchmark (issue 10): Lighthouse 12.2.3, mobile with its default (simulated)
// throttling, Debian's Chromium headless, on the release site in DIR served with gzip on
// 127.0.0.1 by tests/e2e/serve.mjs. Prints the four category scores, FCP / LCP / TBT / CLS / SI,
// and every audit that lost points. It reports; it never passes or fails on the numbers.
//
//   node scripts/lighthouse.mjs [DIR] [--runs N] [--json FILE]
// --json writes the figures of every run and the full Lighthouse report of the last one.
// Use scripts/lighthouse (builds the site and installs Lighthouse into tests/lighthouse first).
// With N runs it prints each run and the median of each figure (Lighthouse's own advice for
// variable machines). Results and their reading: docs/performance.md.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../tests/e2e/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TOOLS = resolve(here, '../tests/lighthouse');
const require = createRequire(resolve(TOOLS, 'package.json'));
const LIGHTHOUSE_VERSION = '12.2.3';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const runs = Math.max(1, Number(opt('--runs', '1')));
const jsonOut = opt('--json', null);
const dist = resolve(args[0] ?? 'dist');

const pkg = require('lighthouse/package.json');
if (pkg.version !== LIGHTHOUSE_VERSION) {
  console.error(`lighthouse ${pkg.version} in ${TOOLS}, want ${LIGHTHOUSE_VERSION} (run scripts/lighthouse)`);
  process.exit(2);
}
const { default: lighthouse } = await import(pathToFileURL(require.resolve('lighthouse')).href);
const chromeLauncher = await import(pathToFileURL(require.resolve('chrome-launcher')).href);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'SI', 'ms'],
];

const srv = await startServer({ root: dist, base: '/', encodings: ['gzip'] });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const results = [];
let lastLhr = null;
try {
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(srv.url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    const lhr = r.lhr;
    lastLhr = lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score]));
    const metrics = Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id].numericValue]));
    const failing = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) failing.push({ category: c, id: a.id, score: a.score, title: a.title, value: a.displayValue ?? '' });
      }
    }
    const env = { benchmarkIndex: lhr.environment.benchmarkIndex, chrome: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] };
    results.push({ scores, metrics, failing, env });
    console.log(`run ${i + 1}/${runs}: ${line(scores, metrics)}  (benchmarkIndex ${env.benchmarkIndex})`);
  }
} finally {
  await chrome.kill();
  await srv.close();
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]))]));
const metrics = Object.fromEntries(METRICS.map(([id]) => [id, median(results.map((r) => r.metrics[id]))]));

console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile, simulated throttling; ${dist} served with gzip on 127.0.0.1; ${results[0].env.chrome}; ${runs === 1 ? '1 run' : `median of ${runs} runs`}`);
for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${scores[c].toFixed(2)}`);
for (const [id, name, unit] of METRICS) {
  const v = metrics[id];
  console.log(`  ${name.padEnd(15)} ${unit === 'ms' ? `${(v / 1000).toFixed(2)} s` : v.toFixed(3)}`);
}
const last = results[results.length - 1];
if (last.failing.length) {
  console.log('  audits that lost points (last run):');
  for (const f of last.failing) console.log(`    [${f.category}] ${f.id} (${f.score.toFixed(2)}) ${f.title}${f.value ? ` — ${f.value}` : ''}`);
} else {
  console.log('  no audit lost points');
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ version: LIGHTHOUSE_VERSION, scores, metrics, runs: results, lastReport: lastLhr }, null, 2));

function line(s, m) {
  return CATEGORIES.map((c) => `${c} ${s[c].toFixed(2)}`).join(', ') + ' | ' +
    METRICS.map(([id, name, unit]) => `${name} ${unit === 'ms' ? (m[id] / 1000).toFixed(2) + ' s' : m[id].toFixed(3)}`).join(', ');
}
