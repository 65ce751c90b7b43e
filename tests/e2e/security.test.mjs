// Security and privacy in the browser (issue 10; design in docs/security.md):
// - the release page carries a strict Content-Security-Policy, and a whole session (every view,
//   share with its QR code, compare, export, import, the language switch, an offline reload)
//   raises no CSP violation;
// - the page stores nothing but the language (no cookies, no IndexedDB, no sessionStorage; the
//   only cache is the service worker's) and asks no other origin for anything;
// - hostile links and imports (markup in values, extreme numbers, a 100 KB fragment, scripts and
//   wrong types in a JSON file, a 10 MB file) render as text or are refused with a message in the
//   page's language, leaving the state as it was.
// Cases already covered elsewhere: link.test.mjs (markup in a key and in `view`, 1e999, a
// 40,000-character key), export.test.mjs (a JSON that is not an export, a file that is not JSON).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, openPage, expectClean, waitForApp } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Records every CSP violation of every page and worker in the context, across navigations,
 * plus any console message about the policy (Chromium logs blocked resources there). */
async function watchCsp(context) {
  const violations = [];
  await context.exposeBinding('__qingshanCspViolation', (_src, v) => { violations.push(v); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__qingshanCspViolation({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
    });
  });
  context.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) violations.push({ console: m.text() });
  });
  return violations;
}

/** harness.openPage in a context that also watches the CSP from the first byte. */
async function openWatched(url, options = {}) {
  const { prepared: violations, ...rest } = await openPage(
    browser, url, { locale: 'en-US', ...options }, { prepare: watchCsp });
  return { ...rest, violations };
}

/** The policy the page runs under, directive → values. */
async function policy(page) {
  const content = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(content, 'the page has a CSP meta');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
}

const inMain = (page) => page.evaluate(() => {
  const main = document.querySelector('main').cloneNode(true);
  for (const n of main.querySelectorAll('.link-notice')) n.remove();
  return main.innerText;
});

test('CSP: strict policy, and a whole session raises no violation; nothing stored, nothing foreign', async () => {
  const srv = await serve('/');
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-sec-'));
  try {
    const { context, page, problems, violations } = await openWatched(`${srv.url}#v=1&lang=en`, {
      acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'],
    });
    const csp = await policy(page);
    const scriptSrc = csp.get('script-src');
    assert.ok(scriptSrc.includes("'self'") && scriptSrc.includes("'wasm-unsafe-eval'"));
    assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), scriptSrc.join(' '));
    assert.ok(scriptSrc.some((v) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(v)), 'the inline script is allowed by its hash');
    // The first view's stylesheets are one <style> in index.html (scripts/first-paint.mjs),
    // allowed by its hash alone: no 'unsafe-inline', so no injected style or style attribute
    // applies.
    const styleSrc = csp.get('style-src');
    assert.equal(styleSrc[0], "'self'");
    assert.equal(styleSrc.length, 2, styleSrc.join(' '));
    assert.match(styleSrc[1], /^'sha256-[A-Za-z0-9+/]{43}='$/);
    // The one linked stylesheet is the later one (what waits for the split module; scripts/
    // first-paint.mjs), from this origin ('self'), with its SRI hash.
    const links = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => [l.getAttribute('href'), l.integrity]));
    assert.equal(links.length, 1, JSON.stringify(links));
    assert.match(links[0][0], /^\.\/later-[0-9a-f]{16}\.css$/);
    assert.match(links[0][1], /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'none'"]);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
    // The meta comes before any script, so it covers them all.
    assert.equal(await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      return [...document.scripts].every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), true);

    // Every view, with its charts' tables opened and every factor's source details.
    for (const key of ['ule', 'tp', 'carbon', 'figures', 'sources']) {
      await page.click(`#nav-${key}`);
      await page.evaluate(() => { for (const d of document.querySelectorAll('main details')) d.open = true; });
      await page.waitForTimeout(150);
    }
    // Presets fill the calculators (charts, Monte Carlo ranges, tornado).
    // (Each changes the view, so each rewrites the address.)
    for (const preset of ['carbon.ets', 'ule.steel', 'tp.report', 'ule.trucks']) {
      await page.evaluate((p) => { location.hash = `#preset=${p}`; }, preset);
      await page.waitForFunction(() => location.hash.startsWith('#v=1'));
      await page.evaluate(() => { for (const d of document.querySelectorAll('main details')) d.open = true; });
      await page.waitForTimeout(300);
    }
    // Share: copy, and the QR code (an SVG with presentation attributes, no style).
    await page.click('#share-copy');
    assert.ok(await page.locator('.qr svg path').count() === 1, 'QR drawn');
    // Compare: keep a variant, change the scenario, see the table and chart.
    await page.click('#nav-tp');
    await page.click('#compare-keep');
    await page.evaluate(() => { location.hash += '&f.tp.report.reduction_2025=10000'; });
    await page.waitForFunction(() => document.querySelector('.compare-table, .compare .notice'));
    // Export JSON and CSV, then import the JSON back.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const file = join(dir, 'export.json');
    await dl.saveAs(file);
    await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    await page.setInputFiles('#import-json', file);
    await page.waitForFunction(() => document.querySelector('.export .share-status')?.textContent === 'Imported');
    // The language switch, both ways.
    await page.selectOption('#lang-select', 'zh-Hant');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await page.selectOption('#lang-select', 'zh-Hans');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    // Offline: once the worker controls the page, reload with the network off.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.click('#nav-carbon');
    await context.setOffline(false);
    assert.deepEqual(violations, [], 'no CSP violation in the whole session');

    // Storage after the session: the language, and the worker's cache; nothing else.
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: sessionStorage.length,
      cookie: document.cookie,
      idb: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    }));
    assert.deepEqual(stored.local, ['qingshan.lang'], 'localStorage holds only the language');
    assert.equal(stored.session, 0, 'sessionStorage is empty');
    assert.equal(stored.cookie, '', 'no cookie');
    assert.deepEqual(stored.idb, [], 'no IndexedDB database');
    assert.equal(stored.caches.length, 1, 'one cache');
    assert.ok(stored.caches[0].startsWith(`qingshan:${srv.url}:`), `the worker's cache: ${stored.caches[0]}`);
    assert.deepEqual(await context.cookies(), []);
    expectClean(problems);
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
    await srv.close();
  }
});

test('hostile link values render as text, nothing executes, extreme numbers are refused', async () => {
  const srv = await serve('/');
  try {
    const script = encodeURIComponent('<script>window.__qingshanPwned=1</script>');
    const img = encodeURIComponent('<img src=x onerror="window.__qingshanPwned=2">');
    const svg = encodeURIComponent('<svg onload="window.__qingshanPwned=3">');
    const url = `${srv.url}#v=1&lang=en&view=carbon&c.preset=${script}&lang=${img}&cmp.1=${svg}&f.carbon.price.cea.2025=${script}`;
    const { context, page, problems, violations } = await openWatched(url);
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    const notice = page.locator('.link-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    assert.ok(text.includes('<script>window.__qingshanPwned=1</script>'), 'the script is shown as text');
    assert.equal(await page.locator('main script, main img, .link-notice svg').count(), 0, 'no element made from the link');
    assert.equal(await page.evaluate(() => window.__qingshanPwned), undefined, 'nothing ran');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(dialogs, 0);

    // Number strings a parser may get wrong: each refused with its reason, or (−0) read as 0;
    // no NaN or Infinity reaches the page, and the page stays usable.
    const cases = [
      ['1e308', /out of the allowed range/],
      ['1e309', /cannot be read/],
      ['NaN', /cannot be read/],
      ['Infinity', /cannot be read/],
      ['-Infinity', /cannot be read/],
      ['0x10', /cannot be read/],
      ['1e-400', null],
      ['-0', null],
    ];
    for (const [value, reason] of cases) {
      await page.evaluate((v) => { location.hash = `#v=1&lang=en&view=carbon&f.carbon.price.cea.2025=${v}`; }, value);
      await page.waitForFunction(() => !location.hash.includes('v=1&lang') || location.hash.includes('fs='));
      await page.waitForTimeout(100);
      const notes = (await page.locator('.link-notice').allInnerTexts()).join('\n');
      if (reason) assert.match(notes, reason, `${value}: ${notes}`);
      else assert.doesNotMatch(notes, /f\.carbon\.price/, `${value} is a number`);
      const shown = await inMain(page);
      assert.doesNotMatch(shown, /NaN|Infinity|∞|−0\b|-0\b(?![.,]\d)/, `${value}: nothing unreadable on the page`);
      await page.click('#nav-tp');
      assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
    }

    // A 100 KB fragment: read what can be read, say the rest is ignored, keep working.
    const big = `#v=1&lang=en&view=tp&junk=${'A'.repeat(100_000)}`;
    await page.evaluate((h) => { location.hash = h; }, big);
    await page.waitForFunction(() => location.hash.length < 10_000 && location.hash.includes('view=tp'));
    assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
    assert.ok((await page.locator('.link-notice').innerText()).length < 5_000, 'the notice does not echo 100 KB');
    await page.click('#nav-carbon');
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page');

    assert.equal(await page.evaluate(() => window.__qingshanPwned), undefined, 'still nothing ran');
    assert.deepEqual(violations, [], 'no CSP violation: nothing even tried to run');
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
  }
});

test('hostile imports are refused with a message in the page language, the state unchanged', async () => {
  const srv = await serve('/');
  const dir = await mkdtemp(join(tmpdir(), 'qingshan-imp-'));
  try {
    const { context, page, problems, violations } = await openWatched(`${srv.url}#v=1&lang=zh-Hant&view=tp`);
    // src/i18n/zh_hant/export.rs
    const NOT_EXPORT = '該檔案不是青山匯出的檔案，頁面未作任何更改';
    const UNREADABLE = '無法讀取該檔案，頁面未作任何更改';
    const status = () => page.locator('.export .share-status').innerText();
    const NOT_JSON = '該檔案不是 JSON，頁面未作任何更改';
    /** Imports `body` as a file and returns the message. A file that is not JSON goes first,
     * so that the same message twice in a row is still seen as a new one. */
    const importText = async (name, body) => {
      const junk = join(dir, 'junk.json');
      await writeFile(junk, 'not json');
      await page.setInputFiles('#import-json', junk);
      await page.waitForFunction((m) => document.querySelector('.export .share-status')?.textContent === m, NOT_JSON);
      const file = join(dir, name);
      await writeFile(file, body);
      await page.setInputFiles('#import-json', file);
      await page.waitForFunction((m) => document.querySelector('.export .share-status')?.textContent !== m, NOT_JSON);
      return status();
    };
    const before = await page.evaluate(() => location.hash);

    // Wrong types: not an export, in Traditional Chinese.
    for (const body of [
      '{"format": "qingshan-export", "scenario": 42}',
      '{"format": "qingshan-export", "scenario": ["v=1"]}',
      '{"format": 1e309, "scenario": "v=1"}',
      '[]', 'null', '"qingshan-export"', '1e309',
    ]) {
      assert.equal(await importText('types.json', body), NOT_EXPORT, body);
      assert.equal(await page.evaluate(() => location.hash), before, `${body}: state unchanged`);
    }

    // A 10 MB file: refused before it is read.
    const huge = '{"format":"qingshan-export","scenario":"v=1&view=carbon","pad":"' + 'x'.repeat(10_000_000) + '"}';
    assert.equal(await importText('huge.json', huge), UNREADABLE);
    assert.equal(await page.evaluate(() => location.hash), before, '10 MB: state unchanged');

    // An export carrying markup and huge numbers: the readable part opens, the rest is listed
    // as text in the link notice, nothing runs.
    const scenario = 'v=1&lang=zh-Hant&view=carbon&f.carbon.price.cea.2025=1e309&c.preset=<img src=x onerror="window.__qingshanPwned=4">&<script>window.__qingshanPwned=5</script>=1';
    const hostile = JSON.stringify({ format: 'qingshan-export', scenario, note: '<script>window.__qingshanPwned=6</script>' });
    await importText('hostile.json', hostile);
    await page.waitForFunction(() => location.hash.includes('view=carbon'));
    const notes = await page.locator('.link-notice').innerText();
    assert.ok(notes.includes('<script>window.__qingshanPwned=5</script>'), notes);
    assert.ok(notes.includes('1e309'), notes);
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.doesNotMatch(await inMain(page), /NaN|Infinity/);
    assert.equal(await page.evaluate(() => window.__qingshanPwned), undefined, 'nothing ran');
    assert.deepEqual(violations, []);
    expectClean(problems);
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
    await srv.close();
  }
});
