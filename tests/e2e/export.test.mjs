// Export → import in the browser: the JSON download parses, names its versions and scenario,
// and imports back to the same state; a bad file changes nothing and says why; the CSV starts
// with a UTF-8 byte-order mark. Both carry each result's Monte Carlo 90 % range (JSON
// mc_p5/mc_p95, CSV the two last columns) equal to the one the page shows (data-p5/data-p95),
// next to the all-ends bound; an export of format version 1 (tests/fixtures/export-v1.json,
// written before the ranges were added) still imports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve, openPage, expectClean } from './harness.mjs';

const V1 = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'export-v1.json');

/** RFC 4180 records of `text` (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('JSON export imports back; a bad file changes nothing', async () => {
  const srv = await serve('/');
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-'));
  try {
    const { context, page, problems } = await openPage(
      browser, `${srv.url}#v=1&lang=en&view=carbon&f.carbon.price.cea.2025=80`, { acceptDownloads: true });
    // The page's 90 % range of the carbon total (it lands one task after the first render).
    await page.waitForSelector('#carbon-mc[data-p5]');
    const pageP5 = Number(await page.getAttribute('#carbon-mc', 'data-p5'));
    const pageP95 = Number(await page.getAttribute('#carbon-mc', 'data-p95'));
    assert.ok(Number.isFinite(pageP5) && pageP5 < pageP95, `${pageP5} < ${pageP95}`);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const path = join(dir, 'export.json');
    await dl.saveAs(path);
    const data = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(data.format, 'qingshan-export');
    assert.match(data.factor_set, /^\d{4}\.\d+$/);
    assert.match(data.scenario, /view=carbon/);
    assert.match(data.scenario, /f\.carbon\.price\.cea\.2025=80/);
    // Format version 2: both ranges, said what they are, on every result.
    assert.equal(data.format_version, 2);
    assert.match(data.uncertainty.low_high, /all-ends bound/);
    assert.match(data.uncertainty.mc_p5_p95, /Monte Carlo/);
    assert.equal(data.uncertainty.mc_samples, 10000);
    for (const r of data.results) {
      for (const k of ['central', 'low', 'high', 'mc_p5', 'mc_p95']) assert.ok(k in r, `${r.key}: ${k}`);
      assert.equal(r.mc_p5 === null, r.mc_p95 === null, r.key);
      if (r.mc_p5 !== null) assert.ok(r.mc_p5 < r.mc_p95, `${r.key}: ${r.mc_p5} < ${r.mc_p95}`);
    }
    assert.ok(data.results.filter((r) => r.mc_p5 !== null).length >= 20, 'most results have a range');
    const total = data.results.find((r) => r.key === 'carbon.total');
    // The same analysis, written with the same shortest round-trip digits: equal, not close.
    assert.equal(total.mc_p5, pageP5);
    assert.equal(total.mc_p95, pageP95);
    assert.ok(total.low < total.mc_p5 && total.mc_p95 < total.high, 'inside the all-ends bound');

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csvPath = join(dir, 'results.csv');
    await csvDl.saveAs(csvPath);
    const csv = await readFile(csvPath);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const records = parseCsv(csv.toString('utf8').slice(1));
    assert.deepEqual(records[0], ['Calculator', 'Key', 'Item', 'Central',
      'Low (all factors at their low ends)', 'High (all factors at their high ends)', 'Unit', 'Method',
      'Monte Carlo 90 % range: 5th percentile', 'Monte Carlo 90 % range: 95th percentile']);
    assert.ok(records.every((r) => r.length === 10), 'ten fields on every line');
    const csvTotal = records.find((r) => r[1] === 'carbon.total');
    assert.equal(Number(csvTotal[8]), pageP5);
    assert.equal(Number(csvTotal[9]), pageP95);
    // Both ends or neither; a row with no range (the report's average project is not an output
    // of the TP view's analysis) has empty fields, never NaN.
    assert.ok(records.every((r) => (r[8] === '') === (r[9] === '')));
    const perProject = records.find((r) => r[1] === 'tp.report.per_project');
    assert.deepEqual([perProject[8], perProject[9]], ['', '']);
    assert.ok(!csv.toString('utf8').includes('NaN'));

    // Move away, then import: the exported scenario comes back.
    await page.click('#nav-tp');
    await page.waitForFunction(() => location.hash.includes('view=tp'));
    await page.setInputFiles('#import-json', path);
    await page.waitForFunction(() => location.hash.includes('view=carbon'));
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page');
    assert.match(await page.evaluate(() => location.hash), /f\.carbon\.price\.cea\.2025=80/);

    // An export of format version 1 (no ranges, no format_version) imports the same way.
    await page.click('#nav-tp');
    await page.waitForFunction(() => location.hash.includes('view=tp'));
    await page.setInputFiles('#import-json', V1);
    await page.waitForFunction(() => location.hash.includes('view=carbon'));
    assert.match(await page.evaluate(() => location.hash), /f\.carbon\.price\.cea\.2025=80/);

    // A file that is not an export: a message, and the scenario stays as it is.
    const before = await page.evaluate(() => location.hash);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"hello": "world"}');
    await page.setInputFiles('#import-json', bad);
    await page.waitForFunction(() => document.querySelector('.export .share-status')?.textContent.includes('not a Qingshan export'));
    const junk = join(dir, 'junk.json');
    await writeFile(junk, 'not json at all <script>');
    await page.setInputFiles('#import-json', junk);
    await page.waitForFunction(() => document.querySelector('.export .share-status')?.textContent.includes('not JSON'));
    assert.equal(await page.evaluate(() => location.hash), before);
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});
