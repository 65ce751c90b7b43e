// Shared set-up of the browser tests: Debian's Chromium via playwright-core, the repo's static
// server on 127.0.0.1, and guards every test gets for free: console errors, page errors and any
// request to another origin are collected and asserted empty by `expectClean`.
import { chromium } from 'playwright-core';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { startServer } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '../../dist');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function serve(base = '/') {
  return startServer({ root: DIST, base });
}

/** Opens a page that records console errors, page errors and foreign requests. `prepare(context)`,
 * if given, runs before the page exists (e.g. an init script watching the page from its first
 * byte); what it returns comes back as `prepared`. `panels: false`: do not wait for the panels
 * that wait for the split module (see `waitForApp`). */
export async function openPage(browser, url, contextOptions = {}, { prepare, panels = true } = {}) {
  const context = await browser.newContext(contextOptions);
  const prepared = prepare ? await prepare(context) : undefined;
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = { console: [], pageErrors: [], foreign: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  context.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) problems.foreign.push(u);
  });
  await page.goto(url);
  await waitForApp(page, { panels });
  return { context, page, problems, prepared };
}

/** Waits until the Yew app has mounted and rendered everything: the page renders in stages, one
 * per frame, and the footer is the last stage (src/app.rs, `Stage::FOOTER`); the comparison,
 * share and export panels come when the split-out wasm is in (src/app.rs `AfterSplit`: a
 * moment after the footer without a link), so this waits for the last of them too unless
 * `panels` is false. The views' Monte Carlo ranges may still be on their way (they run in short
 * steps). `body > .app`: the static first paint in index.html (inside `.boot`) has the same
 * header before the app runs. */
export async function waitForApp(page, { panels = true } = {}) {
  await page.waitForSelector('body > .app footer.site-footer', { timeout: 20000 });
  if (panels) await page.waitForSelector('body > .app section.export', { timeout: 20000 });
}

export function expectClean(problems) {
  assert.deepEqual(problems.pageErrors, [], 'no uncaught page error');
  assert.deepEqual(problems.console, [], 'no console error');
  assert.deepEqual(problems.foreign, [], 'no request to another origin');
}
