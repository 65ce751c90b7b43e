// Export → import in the browser: the JSON download parses, names its versions and scenario,
// and imports back to the same state; a bad file changes nothing and says why; the CSV starts
// with a UTF-8 byte-order mark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, expectClean } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('JSON export imports back; a bad file changes nothing', async () => {
  const srv = await serve('/');
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-'));
  try {
    const { context, page, problems } = await openPage(
      browser, `${srv.url}#v=1&lang=en&view=carbon&f.carbon.price.cea.2025=80`, { acceptDownloads: true });
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const path = join(dir, 'export.json');
    await dl.saveAs(path);
    const data = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(data.format, 'qingshan-export');
    assert.match(data.factor_set, /^\d{4}\.\d+$/);
    assert.match(data.scenario, /view=carbon/);
    assert.match(data.scenario, /f\.carbon\.price\.cea\.2025=80/);

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csvPath = join(dir, 'results.csv');
    await csvDl.saveAs(csvPath);
    const csv = await readFile(csvPath);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');

    // Move away, then import: the exported scenario comes back.
    await page.click('#nav-tp');
    await page.waitForFunction(() => location.hash.includes('view=tp'));
    await page.setInputFiles('#import-json', path);
    await page.waitForFunction(() => location.hash.includes('view=carbon'));
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page');
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
