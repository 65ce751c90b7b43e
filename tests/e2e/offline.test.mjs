// Offline use, updates and installability (issue 8; design in docs/pwa.md).
// - The worker generator (scripts/sw.mjs): its precache list is exactly the built files, its
//   cache name follows the content, the debug worker caches nothing.
// - In Chromium: after the first visit the page works with the network off and the server gone,
//   at the root and under a sub-path; a new build is announced and only taken on the user's
//   word, keeping the URL fragment; the debug worker removes a release worker; the manifest
//   makes the site installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, openPage, expectClean, waitForApp, DIST, CHROMIUM_ARGS } from './harness.mjs';
import { startServer } from './serve.mjs';
import { precache, siteFiles, writeWorker, readPrecache, DEBUG_WORKER } from '../../scripts/sw.mjs';

const sha384 = (b) => 'sha384-' + createHash('sha384').update(b).digest('base64');

function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `qingshan-${prefix}-`));
}

/** A copy of dist/ the test may rewrite. */
function copyOfDist() {
  const dir = tempDir('dist');
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------- the generator, in node

test('generator: the precache list is every file but sw.js, sorted, with SRI hashes', () => {
  const dir = tempDir('gen');
  try {
    mkdirSync(join(dir, 'icons'));
    const files = {
      'index.html': '<!DOCTYPE html><title>x</title>',
      'app-0123456789abcdef.js': 'export {}',
      'app-0123456789abcdef_bg.wasm': '\0asm',
      'icons/icon-192.png': 'png',
      'manifest.webmanifest': '{}',
      'sw.js': 'old worker',
    };
    for (const [f, body] of Object.entries(files)) writeFileSync(join(dir, f), body);
    const { entries, version } = precache(dir);
    assert.deepEqual(entries.map((e) => e.url), [
      './app-0123456789abcdef.js',
      './app-0123456789abcdef_bg.wasm',
      './icons/icon-192.png',
      './index.html',
      './manifest.webmanifest',
    ]);
    for (const e of entries) assert.equal(e.integrity, sha384(files[e.url.slice(2)]), e.url);
    assert.deepEqual(entries.filter((e) => e.hashed).map((e) => e.url),
      ['./app-0123456789abcdef.js', './app-0123456789abcdef_bg.wasm'], 'Trunk-hashed names only');
    assert.match(version, /^[0-9a-f]{16}$/);

    // Same content, same version; one changed byte or one renamed file, a new version.
    assert.equal(precache(dir).version, version);
    writeFileSync(join(dir, 'manifest.webmanifest'), '{ }');
    const v2 = precache(dir).version;
    assert.notEqual(v2, version);
    rmSync(join(dir, 'manifest.webmanifest'));
    writeFileSync(join(dir, 'manifest2.webmanifest'), '{ }');
    assert.notEqual(precache(dir).version, v2);
    // sw.js itself never counts.
    writeFileSync(join(dir, 'sw.js'), 'another old worker');
    assert.equal(precache(dir).version, precache(dir).version);

    // The written worker carries exactly that list and version, every placeholder filled.
    writeWorker(dir, 'release');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.deepEqual(readPrecache(sw), precache(dir));
    assert.doesNotMatch(sw, /__QINGSHAN_/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('generator: the debug worker caches nothing and removes itself', () => {
  const dir = tempDir('gen-debug');
  try {
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html>');
    writeWorker(dir, 'debug');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.equal(sw, DEBUG_WORKER);
    assert.doesNotMatch(sw, /addEventListener\('fetch'/);
    assert.doesNotMatch(sw, /caches\.open|addAll/);
    assert.match(sw, /registration\.unregister\(\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dist/sw.js pre-caches exactly the files of dist/, and the manifest is relative', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = readPrecache(sw);
  assert.ok(list, 'dist/sw.js is a release worker');
  assert.deepEqual(list.entries.map((e) => e.url), siteFiles(DIST).map((f) => `./${f}`));
  for (const e of list.entries) {
    assert.equal(e.integrity, sha384(readFileSync(join(DIST, e.url.slice(2)))), e.url);
  }
  assert.ok(siteFiles(DIST).includes('index.html'));
  assert.ok(siteFiles(DIST).some((f) => f.endsWith('.wasm')));

  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  const sizes = new Set();
  for (const icon of manifest.icons) {
    assert.doesNotMatch(icon.src, /^(\/|[a-z]+:)/i, 'icon URLs are relative');
    assert.ok(existsSync(join(DIST, icon.src)), icon.src);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  for (const s of ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']) {
    assert.ok(sizes.has(s), `an icon ${s}`);
  }
});

// ---------------------------------------------------------------- in the browser

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
}

/** This site's cache names (the worker prefixes them with 'qingshan:' and its scope). */
async function siteCaches(page) {
  return page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('qingshan:')));
}

/** Stops a server at once, open keep-alive connections included. */
async function kill(srv) {
  srv.server.closeAllConnections();
  await srv.close();
}

for (const base of ['/', '/qingshan/']) {
  test(`after one visit at ${base}, the app works with the network off and the server gone`, async () => {
    const srv = await startServer({ root: DIST, base });
    let closed = false;
    try {
      const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
      await controlled(page);
      // The first install says the page now works offline.
      await page.waitForSelector('#offline-ready', { timeout: 10000 });
      const list = readPrecache(readFileSync(join(DIST, 'sw.js'), 'utf8'));
      const scope = srv.url;
      assert.deepEqual(await siteCaches(page), [`qingshan:${scope}:${list.version}`]);
      const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url),
        `qingshan:${scope}:${list.version}`);
      assert.deepEqual(cached.sort(), list.entries.map((e) => new URL(e.url, scope).href).sort());

      await context.setOffline(true);
      await kill(srv);
      closed = true;
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('#offline-ready').count(), 0, 'no notice on later visits');
      // The app mounted from the cache; a view switch works.
      const before = await page.locator('main h1').innerText();
      await page.click('#nav-tp');
      assert.equal(await page.getAttribute('#nav-tp', 'aria-current'), 'page');
      assert.notEqual(await page.locator('main h1').innerText(), before);
      // Another language's strings were never fetched by this page, but the worker precached
      // them (src/i18n/pack.rs): switching works offline.
      await page.selectOption('#lang-select', 'zh-Hant');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
      assert.equal(await page.getAttribute('nav.main-nav', 'aria-label'), '計算器與資料');
      await page.selectOption('#lang-select', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      // A calculator still computes offline: the report preset, then a changed factor.
      await page.waitForFunction(() => document.querySelector('#tp-total')?.textContent === '11,700');
      await page.evaluate(() => { location.hash = '#v=1&lang=en&view=tp&f.tp.report.reduction_2025=10000'; });
      await page.waitForFunction(() => document.querySelector('#tp-total')?.textContent === '10,000');
      // A fresh tab offline (a navigation with a query) gets the cached page too.
      const second = await context.newPage();
      await second.goto(srv.url + '?from=homescreen#v=1');
      await waitForApp(second);
      expectClean(problems);
      await context.close();
    } finally {
      if (!closed) await srv.close();
    }
  });
}

/** A host in front of `upstream` that redirects every `…/index.html` to its directory, as
 *  Cloudflare Pages does. */
async function redirectingHost(upstream) {
  const up = new URL(upstream);
  const server = createServer((req, res) => {
    const [path, query] = req.url.split('?');
    if (path.endsWith('/index.html')) {
      res.writeHead(308, { Location: path.slice(0, -'index.html'.length) + (query ? `?${query}` : '') });
      res.end();
      return;
    }
    const fwd = httpRequest({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers: req.headers },
      (r) => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
    fwd.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(fwd);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}${up.pathname}`, close: () => new Promise((ok) => server.close(ok)) };
}

test('offline works on a host that redirects index.html to its directory', async () => {
  const upstream = await startServer({ root: DIST, base: '/qingshan/' });
  const host = await redirectingHost(upstream.url);
  let closed = false;
  try {
    const { context, page, problems } = await openPage(browser, host.url, { locale: 'en-US' });
    await controlled(page);
    const [name] = await siteCaches(page);
    assert.equal(await page.evaluate(async (n) => (await (await caches.open(n)).match('index.html')).redirected, name),
      false, 'the cached index.html is a clean (not redirected) response');
    await context.setOffline(true);
    await kill(host);
    await kill(upstream);
    closed = true;
    await page.reload();
    await waitForApp(page);
    expectClean(problems);
    await context.close();
  } finally {
    if (!closed) { await host.close(); await upstream.close(); }
  }
});

test('a new build is announced, taken only on the user\'s word, and keeps the fragment', async () => {
  const dir = copyOfDist();
  const srv = await startServer({ root: dir, base: '/qingshan/' });
  try {
    const { context, page, problems } = await openPage(browser, srv.url, { locale: 'zh-TW' });
    await controlled(page);
    const v1 = readPrecache(readFileSync(join(dir, 'sw.js'), 'utf8')).version;

    // Release 2: one changed file, its worker written by the same generator.
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'index.html'), html.replace('<head>', '<head>\n  <meta name="qingshan-test-release" content="2">'));
    writeWorker(dir, 'release');
    const v2 = readPrecache(readFileSync(join(dir, 'sw.js'), 'utf8')).version;
    assert.notEqual(v2, v1);

    // The next visit still shows release 1 (from its cache) and announces release 2.
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('#update-ready', { timeout: 20000 });
    assert.equal(await page.locator('meta[name="qingshan-test-release"]').count(), 0, 'still release 1');
    assert.match(await page.locator('#update-ready').innerText(), /新版本/);
    assert.deepEqual((await siteCaches(page)).sort(),
      [`qingshan:${srv.url}:${v1}`, `qingshan:${srv.url}:${v2}`].sort(), 'both kept while waiting');

    // The user is in the middle of something: the scenario lives in the fragment.
    // The user is in the middle of something: the scenario (here a changed factor and the
    // view) lives in the link, which the page rewrites on every edit.
    await page.evaluate(() => { location.hash = '#v=1&view=tp&f.carbon.price.cea.2025=80'; });
    await page.waitForFunction(() => location.hash.includes('view=tp'));
    await page.click('#nav-carbon');
    await page.waitForFunction(() => location.hash.includes('view=carbon'));
    const scenario = await page.evaluate(() => location.hash);
    assert.match(scenario, /f\.carbon\.price\.cea\.2025=80/);
    // Waiting does not switch by itself.
    await page.waitForTimeout(500);
    assert.equal(await page.locator('meta[name="qingshan-test-release"]').count(), 0);

    const reloaded = page.waitForEvent('load');
    await page.click('#update-now');
    await reloaded;
    await waitForApp(page);
    assert.equal(await page.locator('meta[name="qingshan-test-release"]').count(), 1, 'now release 2');
    assert.equal(await page.evaluate(() => location.hash), scenario, 'the scenario survives the update');
    assert.equal(await page.getAttribute('#nav-carbon', 'aria-current'), 'page');
    assert.equal(await page.locator('#update-ready').count(), 0);
    await controlled(page);
    assert.deepEqual(await siteCaches(page), [`qingshan:${srv.url}:${v2}`], 'the old cache is gone');
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the debug worker (trunk serve) replaces a release worker and leaves no cache behind', async () => {
  const dir = copyOfDist();
  const srv = await startServer({ root: dir, base: '/' });
  try {
    const { context, page, problems } = await openPage(browser, srv.url, { locale: 'en-US' });
    await controlled(page);
    assert.equal((await siteCaches(page)).length, 1);
    writeWorker(dir, 'debug');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () =>
      (await navigator.serviceWorker.getRegistrations()).length === 0
      && (await caches.keys()).every((k) => !k.startsWith('qingshan:')), null, { timeout: 20000 });
    expectClean(problems);
    await context.close();
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Chromium finds the site installable under a sub-path', async () => {
  // A persistent profile: Chromium never offers to install from an incognito-like context.
  const profile = tempDir('profile');
  const srv = await startServer({ root: DIST, base: '/qingshan/' });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    locale: 'en-US',
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(srv.url);
    await waitForApp(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { url, errors: parseErrors, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, srv.url + 'manifest.webmanifest');
    assert.deepEqual(parseErrors, [], 'the manifest parses without errors');
    assert.equal(JSON.parse(data).name, '青山 Qingshan');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'no installability error');
    assert.deepEqual(errors, [], 'no console error');
  } finally {
    await context.close();
    await srv.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
