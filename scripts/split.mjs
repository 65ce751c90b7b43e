// Code splitting (issue 10; docs/size.md, "Code splitting"), a release step of
// scripts/post-build.mjs. The wasm is cut in two with binaryen's wasm-split:
//   - the primary module: every function the page runs to boot and show its first view (its
//     central values: the Monte Carlo ranges wait for the secondary), in any of the three
//     languages, plus all the data;
//   - the secondary module (`qingshan-<hash>_split.wasm`): everything else (the other views,
//     panels, link decoding, export, …).
// Which functions boot needs is measured, not guessed: the module is instrumented
// (`wasm-split --instrument`), the staged site is opened in Chromium without a link (in each
// language, with and without its service worker, at full and at a quarter speed, and a second
// visit that finds the stored language), and the instrumented module's profiles (which
// functions ran) guide the split. So the split follows the code as it is, on every build.
// target/split/placeholders.txt names the function behind each placeholder (its table slot).
//
// How the page uses the two (the loader appended to the JS glue, below):
//   - the primary imports one placeholder per split-out function (namespace `p`, one letter:
//     named by its slot in the function table). A call of a function not loaded yet lands in
//     its placeholder, which loads the secondary module synchronously (from the compiled module
//     if the prefetch has finished, else a synchronous request) and calls the real function;
//     the secondary's element segment then replaces every placeholder in the table;
//   - the start script loads the secondary before the app starts when the page was opened by
//     a link (it may open any view and is decoded before the app mounts) or is served by the
//     offline worker (from its cache: nothing to transfer; and Chromium does not pass a
//     synchronous request through a service worker, so the fallback would fail offline);
//     otherwise it fetches it when the page is idle after the app has started, so a reader's
//     first click rarely has to wait for it;
//   - if the secondary cannot be loaded when it is needed, the page says so in the reader's
//     language where the panic hook would (#crash, role=alert) instead of failing silently;
//     the service worker precaches it like every other file, so after the first visit it works
//     offline.
//
// binaryen 116's wasm-split (the newest that can be built here, scripts/lib.sh) cannot read
// `table.fill`, which wasm-bindgen's externref shims use with a length of 1 and a null value;
// such a fill is exactly a `table.set` of null, so the module is rewritten that way first
// (through binaryen 132's text format), and any other `table.fill` stops the build.
//
// By hand: node scripts/split.mjs DIR, on a staged release dir before scripts/csp.mjs hashes the
// start script (this step changes it), whose wasm is not split yet.
import { readFileSync, writeFileSync, readdirSync, rmSync, mkdtempSync, mkdirSync, cpSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeWorker, sri } from './sw.mjs';
import { LATER_META } from './first-paint.mjs';
import { minifyJs } from './minify.mjs';
import { mapFor, immediates, kept, runs as movedRuns, zeroed, withData, image } from './data-split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..');
const BIN = join(ROOT, '.tools/node_modules/.bin');
const WASM_SPLIT = process.env.WASM_SPLIT ?? join(ROOT, '.tools/wasm-split/wasm-split');
const E2E = join(ROOT, 'tests/e2e');

/** What rustc 1.95 emits for wasm32 (the module has no target_features section after
 * `--strip-target-features`, so binaryen is told). Not `--all-features`: binaryen 132 would
 * then write imports in the compact encoding, which binaryen 116 cannot read. */
export const FEATURES = ['--enable-reference-types', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-multivalue', '--enable-mutable-globals'];

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'];
const LOCALES = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-US' };
/** What the loader prints (console.warn) before it loads the split module synchronously, followed
 * by the placeholder's slot. */
export const SYNC_WARNING = 'qingshan: the split module is loaded synchronously for placeholder ';
/** The loader's flag (on `self`) while the split module is not installed, and the window event
 * when it is (src/platform.rs reads both). */
export const PENDING = 'qingshanSplitPending';
const READY_EVENT = 'qingshan-split';
/** Set when the split module could not be loaded, with an attribute on the root element. */
const FAILED = 'qingshanSplitFailed';
const FAILED_ATTR = 'data-split-failed';
/** The placeholder slot a console message of the loader's (SYNC_WARNING) names, else null. */
export function syncSlot(message) {
  return message.type() === 'warning' && message.text().startsWith(SYNC_WARNING) ? message.text().slice(SYNC_WARNING.length) : null;
}
/** wasm-split's placeholder map (`slot: function` per line) as a Map. */
export function placeholderNames(text) {
  return new Map(text.split('\n').filter(Boolean).map((l) => { const k = l.indexOf(':'); return [l.slice(0, k).trim(), l.slice(k + 1).trim()]; }));
}
/** At most this many rounds of split-and-verify (step 3 of writeSplit). */
const ROUNDS = 5;

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });

function tool(name) {
  const p = name === 'wasm-split' ? WASM_SPLIT : join(BIN, name);
  if (!existsSync(p)) throw new Error(`split.mjs: ${p} is missing (scripts/lib.sh: ensure_release_tools installs it)`);
  return p;
}

/** Rewrites every `table.fill T i (ref.null noextern) (i32.const 1)` of a binaryen text module
 * into `table.set T i (ref.null noextern)`; throws if any other table.fill is left. */
export function fillToSet(wat) {
  let n = 0;
  const out = wat.replace(/\(table\.fill (\$\S+)\n(\s*)(\(local\.get \$\d+\)|\(i32\.const \d+\))\n\s*\(ref\.null noextern\)\n\s*\(i32\.const 1\)\n(\s*)\)/g,
    (_, table, indent, index, close) => { n++; return `(table.set ${table}\n${indent}${index}\n${indent}(ref.null noextern)\n${close})`; });
  if (/\(table\.fill\b/.test(out)) throw new Error('split.mjs: a table.fill that is not a single null store; binaryen 116 cannot read it');
  return { wat: out, rewritten: n };
}

/** The wasm-opt flags index.html gives Trunk (`data-wasm-opt` level and params), without `-g`:
 * Trunk's output keeps the function names (`-g`) for this step only (the placeholder map
 * below names the split-out functions); the two parts ship without them. */
function optFlags(html) {
  const level = html.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? 'z';
  const params = html.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '';
  return [`-O${level}`, ...params.split(/\s+/).filter((f) => f && f !== '-g' && f !== '--debuginfo')];
}


/** Boots the page at `url` once per entry of `boots` (`[lang, serviceWorkers, slowdown, visits]`:
 * a context in that language, with or without the offline worker, the CPU `slowdown` times
 * slower, the page opened `visits` times, a returning visit finding what the first stored).
 * Each visit lasts until the first view's last stage (the footer) shows, plus `linger` ms; `setUp(context,
 * page)` runs before the first visit, `visited(page, lang, serviceWorkers)` after each. */
async function bootEach(browser, url, boots, { linger, setUp, visited }) {
  for (const [lang, serviceWorkers, slowdown, visits] of boots) {
    const context = await browser.newContext({ serviceWorkers, locale: LOCALES[lang] });
    const page = await context.newPage();
    await setUp(context, page);
    if (slowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    for (let visit = 1; visit <= visits; visit++) {
      // (The app put a fragment in the URL: a new document, not a jump within this one.)
      if (visit > 1) await page.goto('about:blank');
      await page.goto(url);
      if (visit > 1 && !(await page.evaluate(() => localStorage.getItem('qingshan.lang')))) throw new Error('split.mjs: the second visit found no stored language');
      // The footer is the boot's last stage (src/app.rs Stage). The Monte Carlo ranges wait for
      // the split module, which neither the profile's nor verify's boots let in.
      await page.waitForSelector('body > .app footer.site-footer', { timeout: 60000 });
      if (visited) await visited(page, lang, serviceWorkers, linger);
      else await page.waitForTimeout(linger);
    }
    await context.close();
  }
}

/** Opens the staged site (instrumented wasm) in Chromium and returns the profiles. */
async function profile(siteDir, tmp) {
  return inChromium(siteDir, async (browser, url) => {
    const files = [];
    // Each language with the offline worker, and without one (a browser or a private window
    // that has none takes another path through the app's worker code); at full speed, at half
    // and at a quarter of it (what runs during the boot depends a little on timing: Yew's
    // scheduler, the offline worker's notice, the numbers the page
    // formats). Without a worker the page is opened twice: the second visit finds the language
    // the first one stored (a returning reader whose worker is gone). Each visit lasts until
    // the first view's footer shows, and with a worker until the page says it works offline
    // (a first visit's notice), plus two seconds. 13 boots: what one profile misses, another
    // usually has, and verify (below) finds what they all missed.
    const runs = [...LANGS.map((l) => [l, 'allow', 1, 1]), ['en', 'block', 1, 2], ['zh-Hans', 'block', 1, 2],
      ['zh-Hans', 'allow', 4, 1], ['zh-Hant', 'block', 4, 2], ['en', 'allow', 2, 1], ['zh-Hant', 'block', 2, 1], ['en', 'block', 4, 1]];
    let errors;
    await bootEach(browser, url, runs, {
      linger: 2000,
      setUp: async (context, page) => {
        await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { self.qingshanWasm = e.detail.wasm; }));
        errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
      },
      visited: async (page, lang, serviceWorkers, linger) => {
        if (serviceWorkers === 'allow') await page.waitForSelector('#offline-ready', { timeout: 60000 });
        const got = await page.evaluate(() => document.documentElement.lang);
        if (got !== lang) throw new Error(`split.mjs: the profile run for ${lang} showed ${got}`);
        await page.waitForTimeout(linger);
        const bytes = await page.evaluate(() => {
          const w = self.qingshanWasm;
          const size = 1 << 20;
          const ptr = w.__wbindgen_malloc(size, 8);
          const n = w.__write_profile(ptr, size);
          return Array.from(new Uint8Array(w.memory.buffer, ptr, n));
        });
        if (errors.length) throw new Error(`split.mjs: the profile run for ${lang} failed: ${errors.join('; ')}`);
        const f = join(tmp, `profile-${files.length}.bin`);
        writeFileSync(f, Buffer.from(bytes));
        files.push(f);
      },
    });
    return files;
  });
}

/** The loader appended to the JS glue (see the top of this file). `%table` is the function table
 * wasm-split exports from the primary module; `wasm` is the glue's binding of its exports. */
function loader(splitFile, integrity) {
  return `
// Code splitting (scripts/split.mjs; docs/size.md, "Code splitting").
const qingshanSplitUrl = new URL('./${splitFile}', import.meta.url);
let qingshanSplitModule, qingshanSplitReady = false, qingshanSplitLoading, qingshanSplitMessage;
// Pointers pressed now, counted from the first failure on (see qingshanSplitInstall): nothing
// to watch on a page whose split module loads.
let qingshanPointersDown = 0, qingshanPointersWatched = false;
function qingshanWatchPointers() {
  if (qingshanPointersWatched) return;
  qingshanPointersWatched = true;
  addEventListener('pointerdown', () => { qingshanPointersDown += 1; }, true);
  for (const t of ['pointerup', 'pointercancel']) addEventListener(t, () => { qingshanPointersDown = Math.max(0, qingshanPointersDown - 1); }, true);
}
// The app shows the panels that wait for the split module once it is in (src/app.rs AfterSplit,
// src/platform.rs split_pending): this flag, then the window's \`${READY_EVENT}\` event.
self.${PENDING} = true;
function qingshanSplitFailed(why) {
  // As the panic hook's message (src/platform.rs, show_alert): #crash at the top of the body.
  const say = {
    'zh-Hans': '部分程序未能加载。请检查网络连接，然后重新加载页面。',
    'zh-Hant': '部分程式未能載入。請檢查網路連線，然後重新載入頁面。',
    en: 'Part of the app could not be loaded. Check the connection, then reload the page.',
  };
  const show = () => {
    let el = document.getElementById('crash');
    if (!el) {
      el = document.createElement('div');
      el.id = 'crash';
      el.className = 'crash';
      el.setAttribute('role', 'alert');
      document.body.prepend(el);
    }
    el.textContent = qingshanSplitMessage = say[document.documentElement.lang] ?? Object.values(say).join(' ');
    el.removeAttribute('hidden');
  };
  show();
  // The line that says the rest is coming goes (src/app.rs AfterSplit; assets/style.css hides
  // it under this attribute): nothing is on its way. By an attribute, not an event to the app:
  // the app's code for any new render could itself be in the split module.
  self.${FAILED} = true;
  document.documentElement.setAttribute('${FAILED_ATTR}', '');
  qingshanWatchPointers();
  // The app's mount replaces the body's children (index.html's #crash with them): a prefetch
  // that fails before it says so again once the app is there.
  if (!document.querySelector('body > .app')) {
    const mounted = new MutationObserver(() => {
      if (document.querySelector('body > .app')) { mounted.disconnect(); if (self.${FAILED}) show(); }
    });
    mounted.observe(document.body, { childList: true });
  }
  return new Error('qingshan: the split module could not be loaded (' + why + ')');
}
// The stylesheet of what waits for the split module (scripts/first-paint.mjs, LATER_CSS): added
// with it, once; the promise settles when it has loaded (or failed: the page is then usable,
// if plainer, and says so in the console).
let qingshanCss;
function qingshanLaterCss() {
  const meta = document.querySelector('meta[name="${LATER_META}"]');
  if (!meta) return Promise.resolve();
  return qingshanCss ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    if (meta.dataset.integrity) link.integrity = meta.dataset.integrity;
    link.onload = done;
    link.onerror = () => { console.error('qingshan: the stylesheet ' + meta.content + ' could not be loaded'); done(); };
    link.href = meta.content;
    document.head.append(link);
  });
}
function qingshanSplitInstall(slot) {
  if (qingshanSplitReady) return;
  // Needed now (a click before the prefetch): the stylesheet comes as soon as it can.
  qingshanLaterCss();
  if (!qingshanSplitModule) {
    // Says which function could not wait (target/split/placeholders.txt names it): the build's
    // check (verify in scripts/split.mjs) and the browser tests read it.
    console.warn('${SYNC_WARNING}' + slot);
    const xhr = new XMLHttpRequest();
    xhr.open('GET', qingshanSplitUrl, false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');
    try { xhr.send(); } catch (e) { throw qingshanSplitFailed(e); }
    if (xhr.status !== 200) throw qingshanSplitFailed('HTTP ' + xhr.status);
    const text = xhr.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    qingshanSplitModule = new WebAssembly.Module(bytes);
  }
  new WebAssembly.Instance(qingshanSplitModule, { primary: wasm });
  qingshanSplitReady = true;
  self.${PENDING} = false;
  // A later attempt (a click after a failed prefetch) succeeded: the failure message goes. Not
  // while a pointer is down (the load may come from the press): the page would move up under
  // it, and the release would miss the button pressed. Then after the release and its click.
  if (self.${FAILED}) {
    self.${FAILED} = false;
    document.documentElement.removeAttribute('${FAILED_ATTR}');
    const hide = () => {
      const el = document.getElementById('crash');
      if (el && el.textContent === qingshanSplitMessage) el.setAttribute('hidden', '');
    };
    if (qingshanPointersDown > 0) addEventListener('pointerup', () => setTimeout(hide, 0), { once: true, capture: true });
    else hide();
  }
  dispatchEvent(new Event('${READY_EVENT}'));
}
const qingshanPlaceholders = new Proxy({}, {
  get(_, name) {
    const slot = Number(name);
    return (...args) => { qingshanSplitInstall(slot); return wasm['%table'].get(slot)(...args); };
  },
});
/** Fetches and compiles the split module (once), and installs it when the app has started. */
export function qingshanSplit() {
  const css = qingshanLaterCss();
  qingshanSplitLoading ??= fetch(qingshanSplitUrl, { integrity: '${integrity}' })
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error('HTTP ' + r.status))))
    .then((b) => WebAssembly.compile(b))
    // Installed once its stylesheet is in too: what it shows is styled from the first frame.
    .then((m) => { qingshanSplitModule ??= m; return css; })
    .then(() => { if (wasm !== undefined) qingshanSplitInstall(); })
    // The panels wait for it: say so, unless the page is going away (an aborted fetch).
    .catch((e) => { if (e?.name !== 'AbortError') console.error(qingshanSplitFailed(e)); throw e; });
  return qingshanSplitLoading;
}
`;
}

const IMPORTS = '"./qingshan_bg.js": import0,';
const START = '    wasm.__wbindgen_start();';
const LOAD = '    const { instance, module } = await __wbg_load(await module_or_path, imports);';
/** What the glue gains: the app starts only once a split module asked for before it (see
 * AT_ONCE) has arrived (compiled while the wasm downloads and compiles), and is installed. */
const GLUE_WAITS = `${LOAD}\n    if (qingshanSplitLoading) await qingshanSplitLoading.catch(() => {});`;
const GLUE_INSTALLS = `    if (qingshanSplitModule) qingshanSplitInstall();\n${START}`;
const INIT = 'const wasm = await init({ module_or_path: fetch(';
/** When the start script loads the split module before the app starts: a link may open any view
 * and is decoded before the app mounts; a page the offline worker serves has it in its cache
 * (no transfer), and Chromium does not pass a synchronous request through a service worker, so
 * the fallback would fail offline. */
const AT_ONCE = 'location.hash.length > 1 || !!navigator.serviceWorker?.controller';
const STARTED = 'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));';
/** What the start script gains, before and after `init`. */
export const START_AT_ONCE = `const splitAtOnce = ${AT_ONCE};\nif (splitAtOnce) bindings.qingshanSplit().catch(() => {});\n`;
export const START_LATER = `if (!splitAtOnce) { const later = () => bindings.qingshanSplit().catch(() => {}); if (self.requestIdleCallback) requestIdleCallback(later, { timeout: 1000 }); else setTimeout(later, 200); }`;

/** Runs wasm-split on `whole` with `how` (`--profile=…` or `--keep-funcs=@…`) and optimises each
 * part as Trunk optimised the whole; returns both parts and the placeholder map (slot → name). */
function splitOnce(tmp, whole, how, flags, data) {
  run(tool('wasm-split'), [...FEATURES, whole, how, '-o1', join(tmp, 'primary.wasm'), '-o2', join(tmp, 'secondary.wasm'),
    '--export-prefix=%', '--placeholder-namespace=p', '--import-namespace=primary', '--placeholdermap']);
  for (const part of ['primary', 'secondary']) {
    run(tool('wasm-opt'), [...FEATURES, ...flags, join(tmp, `${part}.wasm`), '-o', join(tmp, `${part}.opt.wasm`)]);
  }
  const placeholders = readFileSync(join(tmp, 'primary.wasm.placeholders'), 'utf8');
  return { ...moveData(tmp, data), placeholders, names: placeholderNames(placeholders) };
}

/** Moves the static data that only the split-out code reads from the optimised primary to the
 * split module (scripts/data-split.mjs): the sections the primary's code cannot name (nor the
 * run-time check found it reading: `data.keep`) are zeroed in the primary, whose memory packing
 * then drops them, and become the split module's active data segments. */
function moveData(tmp, data) {
  const { map, mem, keep } = data;
  const primaryIn = readFileSync(join(tmp, 'primary.opt.wasm'));
  const wat = run(tool('wasm-dis'), [...FEATURES, join(tmp, 'primary.opt.wasm')]).toString();
  const marked = kept(map, mem, immediates(wat, map.lo, map.end), keep);
  const moved = map.rodata.filter((_, i) => !marked[i]);
  writeFileSync(join(tmp, 'primary.zeroed.wasm'), zeroed(primaryIn, moved));
  run(tool('wasm-opt'), [...FEATURES, '--memory-packing', join(tmp, 'primary.zeroed.wasm'), '-o', join(tmp, 'primary.packed.wasm')]);
  const primary = readFileSync(join(tmp, 'primary.packed.wasm'));
  // What stays must be where it was, byte for byte; what moved must be gone.
  const after = image(primary, map.lo, map.end);
  for (let i = 0; i < map.rodata.length; i++) {
    const [a, n] = map.rodata[i];
    const same = Buffer.compare(Buffer.from(after.subarray(a - map.lo, a - map.lo + n)), marked[i] ? Buffer.from(mem.subarray(a - map.lo, a - map.lo + n)) : Buffer.alloc(n)) === 0;
    if (!same) throw new Error(`split.mjs: the primary's data at ${a} is not what the move left there`);
  }
  const segments = movedRuns(map, marked, mem);
  const secondary = withData(readFileSync(join(tmp, 'secondary.opt.wasm')), segments, mem, map.lo);
  return { primary, secondary, moved, segments };
}

/** The split site's files: the JS glue with the loader, and index.html with the new names, their
 * SRI hashes and the start script's two additions. */
function emit(html, jsIn, wasmIn, jsName, wasmName, primary, secondary, check = null) {
  // New names: the content changed, so the hash in the names must too. It covers this script
  // (the loader it writes into the glue) as well as the three inputs.
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(jsIn)
    .update(primary).update(secondary).digest('hex').slice(0, 16);
  const out = { js: `qingshan-${hash}.js`, wasm: `qingshan-${hash}_bg.wasm`, split: `qingshan-${hash}_split.wasm` };
  if ([IMPORTS, START, LOAD].some((line) => jsIn.split(line).length !== 2)) throw new Error('split.mjs: the JS glue is not the expected one (its imports, its load, or its call of __wbindgen_start)');
  // Minified (scripts/minify.mjs) once the loader is in: check-dist.mjs reads the result.
  // `check`: the run-time check's copy (memoryCheck), whose primary imports `env` too.
  const more = check ? '\n        env: qingshanMemoryCheck,' : '';
  const js = minifyJs(jsIn.replace(IMPORTS, `${IMPORTS}\n        p: qingshanPlaceholders,${more}`)
    .replace(LOAD, GLUE_WAITS).replace(START, GLUE_INSTALLS) + loader(out.split, sri(secondary)) + (check ?? ''));
  let page = html.split(`./${jsName}`).join(`./${out.js}`).split(`./${wasmName}`).join(`./${out.wasm}`);
  page = page.replace(sri(Buffer.from(jsIn)), sri(Buffer.from(js))).replace(sri(wasmIn), sri(primary));
  if (!page.includes(sri(Buffer.from(js))) || !page.includes(sri(primary))) throw new Error('split.mjs: index.html does not carry the SRI hashes of the JS glue and the wasm');
  if (page.split(INIT).length !== 2 || page.split(STARTED).length !== 2) throw new Error('split.mjs: the start script is not the expected one (scripts/first-paint.mjs)');
  page = page.replace(INIT, `${START_AT_ONCE}${INIT}`).replace(STARTED, `${STARTED}\n${START_LATER}`);
  return { out, js, page };
}

/** A copy of the staged site `dir` whose wasm or glue is replaced for a run in Chromium: `files`
 * (name → content) written over it, the files named in `gone` removed, every subresource
 * integrity taken out (the copy's files are not the ones hashed), and its own offline worker
 * (scripts/sw.mjs). */
function siteCopy(dir, to, page, files, gone = []) {
  cpSync(dir, to, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(to, name), body);
  for (const name of gone) rmSync(join(to, name));
  writeFileSync(join(to, 'index.html'), page.replace(/, \{ integrity: '[^']*' \}\)/g, ')').replace(/ integrity="sha384-[^"]*"/g, ''));
  writeWorker(to, 'release');
  return to;
}

/** The idle prefetch of the split module (a fetch) never answers in `context`; a synchronous
 * load (an XHR) goes through, after the loader has said for which placeholder (SYNC_WARNING). */
const holdPrefetch = (context) => context.route(/_split\.wasm$/, (r) => { if (r.request().resourceType() !== 'fetch') r.continue(); });

/** Boots the split site in `site` with the idle prefetch held back, as a reader whose first
 * seconds the profile may not have covered: each language, with and without the offline worker,
 * at full speed and at a quarter of it, and a returning English reader without a worker (ten
 * boots). Returns the placeholder slots the boots called (each
 * one a synchronous load of the split module on a real page). */
async function verify(site) {
  return inChromium(site, async (browser, url) => {
    const hits = new Set();
    const boots = LANGS.flatMap((l) => [[l, 'block', 1, l === 'en' ? 2 : 1], [l, 'allow', 1, 1], [l, 'block', 4, 1]]);
    await bootEach(browser, url, boots, {
      linger: 3000,
      setUp: async (context, page) => {
        // One boot finds at most one: the split module, once installed, replaces every
        // placeholder.
        await holdPrefetch(context);
        page.on('console', (m) => { const slot = syncSlot(m); if (slot !== null) hits.add(slot); });
      },
    });
    return hits;
  });
}

/** What the run-time check's copy of the primary prints (console.warn) when it reads moved data,
 * followed by the address. */
export const MOVED_READ = 'qingshan: the primary read moved data at ';

/** The primary with every load and memory.copy reported to JS (imports `env.*`): binaryen's
 * `--instrument-memory` for loads and stores (it leaves memory.copy alone, and memcpy from
 * static data is a memory.copy), after each memory.copy became a call of `env.copy`. */
function instrumented(tmp, primary) {
  writeFileSync(join(tmp, 'check.wasm'), primary);
  let wat = run(tool('wasm-dis'), [...FEATURES, join(tmp, 'check.wasm')]).toString();
  const at = wat.indexOf('\n (import ');
  if (at < 0) throw new Error('split.mjs: the primary has no imports');
  wat = `${wat.slice(0, at)}\n (import "env" "copy" (func $qingshan_copy (param i32 i32 i32)))${wat.slice(at)}`;
  if (/\(memory\.copy[^\n]/.test(wat)) throw new Error('split.mjs: a memory.copy with immediates; the check cannot rewrite it');
  wat = wat.replace(/\(memory\.copy\n/g, '(call $qingshan_copy\n');
  writeFileSync(join(tmp, 'check.wat'), wat);
  run(tool('wasm-as'), [...FEATURES, join(tmp, 'check.wat'), '-o', join(tmp, 'check.copy.wasm')]);
  run(tool('wasm-opt'), [...FEATURES, '--instrument-memory', join(tmp, 'check.copy.wasm'), '-o', join(tmp, 'check.out.wasm')]);
  return readFileSync(join(tmp, 'check.out.wasm'));
}

/** The JS half of the check: the imports `instrumented` adds; a read that touches a moved
 * section (`moved`, sorted `[addr, size]`) prints MOVED_READ and the first moved address. */
function checkImports(moved) {
  return `
const qingshanMoved = ${JSON.stringify(moved.flat())};
function qingshanRead(a, n) {
  let lo = 0, hi = qingshanMoved.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = qingshanMoved[2 * mid], e = s + qingshanMoved[2 * mid + 1];
    if (a + n <= s) hi = mid - 1;
    else if (a >= e) lo = mid + 1;
    else { console.warn('${MOVED_READ}' + Math.max(a, s)); return; }
  }
}
const qingshanMemoryCheck = {
  load_ptr: (id, bytes, offset, ptr) => { qingshanRead((ptr >>> 0) + (offset >>> 0), bytes); return ptr; },
  store_ptr: (id, bytes, offset, ptr) => ptr,
  copy: (dst, src, n) => { qingshanRead(src >>> 0, n >>> 0); new Uint8Array(wasm.memory.buffer).copyWithin(dst >>> 0, src >>> 0, (src >>> 0) + (n >>> 0)); },
  memory_grow_pre: (id, d) => d,
  memory_grow_post: (id, r) => r,
};
for (const k of ['load_val_i32', 'load_val_i64', 'load_val_f32', 'load_val_f64', 'store_val_i32', 'store_val_i64', 'store_val_f32', 'store_val_f64']) qingshanMemoryCheck[k] = (id, v) => v;
`;
}

/** Boots a copy of the split site whose primary reports every read of moved data (above), with
 * the split module held back as in verify: each language with and without the offline worker,
 * and a returning English reader. Returns the moved addresses read. */
async function memoryCheck(tmp, dir, round, emitArgs, parts) {
  const primary = instrumented(tmp, parts.primary);
  const { out, js, page } = emit(...emitArgs, primary, parts.secondary, checkImports(parts.moved));
  const files = { [out.js]: js, [out.wasm]: primary, [out.split]: parts.secondary };
  const site = siteCopy(dir, join(tmp, `check-${round}`), page, files, [emitArgs[3], emitArgs[4]]);
  return inChromium(site, async (browser, url) => {
    const reads = new Set();
    const boots = LANGS.flatMap((l) => [[l, 'block', 1, l === 'en' ? 2 : 1], [l, 'allow', 1, 1]]);
    await bootEach(browser, url, boots, {
      linger: 3000,
      setUp: async (context, p) => {
        await holdPrefetch(context);
        p.on('console', (m) => { if (m.text().startsWith(MOVED_READ)) reads.add(Number(m.text().slice(MOVED_READ.length))); });
      },
    });
    return [...reads];
  });
}

/** Serves `site` on 127.0.0.1 and runs `body(browser, url)` in the browser tests' Chromium. */
async function inChromium(site, body) {
  for (const need of [join(E2E, 'node_modules/playwright-core/index.mjs'), process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']) {
    if (!existsSync(need)) throw new Error(`split.mjs: ${need} is missing; the release build profiles the boot in Chromium (scripts/build installs what it needs)`);
  }
  const { launch } = await import(pathToFileURL(join(E2E, 'harness.mjs')).href);
  const { startServer } = await import(pathToFileURL(join(E2E, 'serve.mjs')).href);
  const server = await startServer({ root: site, base: '/' });
  const browser = await launch();
  try {
    return await body(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Splits the wasm of the release site in `dir`; returns a one-line summary. */
export async function writeSplit(dir) {
  const names = readdirSync(dir);
  const wasmName = names.find((f) => /^qingshan-[0-9a-f]+_bg\.wasm$/.test(f));
  const jsName = names.find((f) => /^qingshan-[0-9a-f]+\.js$/.test(f));
  if (!wasmName || !jsName) throw new Error(`split.mjs: no qingshan-<hash>.js and _bg.wasm in ${dir}`);
  if (names.some((f) => f.endsWith('_split.wasm'))) throw new Error(`split.mjs: ${dir} is already split`);
  // For the next look at the split (target/split/, not shipped): the staged site as this step
  // found it, so that `node scripts/split.mjs` can be run again on a copy of it without a build.
  const notes = join(ROOT, 'target/split');
  rmSync(join(notes, 'staged'), { recursive: true, force: true });
  mkdirSync(notes, { recursive: true });
  cpSync(dir, join(notes, 'staged'), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'qingshan-split-'));
  try {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const jsIn = readFileSync(join(dir, jsName), 'utf8');
    const wasmIn = readFileSync(join(dir, wasmName));

    // 1. table.fill -> table.set, so that binaryen 116 can read the module.
    writeFileSync(join(tmp, 'in.wasm'), wasmIn);
    run(tool('wasm-dis'), [...FEATURES, join(tmp, 'in.wasm'), '-o', join(tmp, 'in.wat')]);
    const fixed = fillToSet(readFileSync(join(tmp, 'in.wat'), 'utf8'));
    writeFileSync(join(tmp, 'fixed.wat'), fixed.wat);
    const whole = join(tmp, 'fixed.wasm');
    run(tool('wasm-as'), ['-g', ...FEATURES, join(tmp, 'fixed.wat'), '-o', whole]);

    // 2. Profile the boot in each language with an instrumented copy of the site.
    run(tool('wasm-split'), ['--instrument', ...FEATURES, whole, '-o', join(tmp, 'instrumented.wasm')]);
    // As on a page whose split module has not arrived: the parts that wait for it (AfterSplit)
    // stay out of the profile, so they go to the split module.
    const profiled = siteCopy(dir, join(tmp, 'site'), html, { [wasmName]: readFileSync(join(tmp, 'instrumented.wasm')), [jsName]: `self.${PENDING} = true;\n${jsIn}` });
    const profiles = await profile(profiled, tmp);
    run(tool('wasm-split'), ['--merge-profiles', ...FEATURES, ...profiles, '-o', join(tmp, 'profile.bin')]);
    const verdicts = run(tool('wasm-split'), [...FEATURES, `--print-profile=${join(tmp, 'profile.bin')}`, whole]).toString();

    // 3. Split, then optimise each part as Trunk optimised the whole. Then boot the split site
    // with the prefetch held back (verify): a function the profile missed that a boot still
    // calls (what runs depends a little on timing: Yew's scheduler, the offline worker's
    // notice, numbers the page formats) joins the primary part, and the split is made again,
    // until a round finds none (at most ROUNDS rounds; the build stops if one is still found).
    //
    // The static data only split-out code reads then moves to the split module
    // (scripts/data-split.mjs), by the linker's map of this build (build.rs), and a copy of the
    // site whose primary reports every read of moved data is booted the same way
    // (memoryCheck): a section read there stays in the primary, and the data is moved again.
    const flags = optFlags(html);
    const keep = verdicts.split('\n').filter((l) => l.startsWith('+ ')).map((l) => l.slice(2));
    const added = [];
    const release = join(ROOT, 'target/wasm32-unknown-unknown/release');
    const data = { ...mapFor(wasmIn, join(release, 'qingshan.map'), join(release, 'qingshan.wasm')), keep: [] };
    let how = `--profile=${join(tmp, 'profile.bin')}`;
    let parts = splitOnce(tmp, whole, how, flags, data);
    let emitted;
    const emitArgs = [html, jsIn, wasmIn, jsName, wasmName];
    for (let round = 1; ; round++) {
      emitted = emit(...emitArgs, parts.primary, parts.secondary);
      const { out, js, page } = emitted;
      const files = { [out.js]: js, [out.wasm]: parts.primary, [out.split]: parts.secondary };
      const site = siteCopy(dir, join(tmp, `verify-${round}`), page, files, [jsName, wasmName]);
      const hits = [...await verify(site)].map((slot) => parts.names.get(slot) ?? `slot ${slot}`);
      const reads = hits.length ? [] : await memoryCheck(tmp, dir, round, emitArgs, parts);
      if (hits.length === 0 && reads.length === 0) break;
      if (round === ROUNDS) throw new Error(`split.mjs: after ${ROUNDS} rounds the boot still needs split-out functions or moved data: ${hits.join(', ')} ${reads.join(', ')}`);
      if (hits.length) {
        console.log(`split.mjs: round ${round}: the boot called ${hits.length} split-out function(s); they join the primary part: ${hits.join(', ')}`);
        added.push(...hits);
        writeFileSync(join(tmp, 'keep.txt'), [...keep, ...added].join('\n') + '\n');
        how = `--keep-funcs=@${join(tmp, 'keep.txt')}`;
      } else {
        console.log(`split.mjs: round ${round}: the boot read moved data at ${reads.length} address(es); their sections stay in the primary: ${reads.join(', ')}`);
        data.keep.push(...reads);
      }
      parts = splitOnce(tmp, whole, how, flags, data);
    }
    // For the next look at the bytes (target/split/): which function each placeholder stands
    // for (its table slot = its import name), to find what a page loaded the secondary for; the
    // whole module with names and the profile's verdict per function (`+` kept, `-` split out;
    // the functions verify added are listed after it), for `scripts/bench --size-detail`.
    writeFileSync(join(notes, 'placeholders.txt'), parts.placeholders);
    cpSync(whole, join(notes, 'whole.wasm'));
    writeFileSync(join(notes, 'profile.txt'), verdicts + added.map((n) => `+ ${n}\n`).join(''));
    // The moved data: one line per run of the split module's data segments (address, bytes), and
    // the addresses the run-time check kept.
    writeFileSync(join(notes, 'moved-data.txt'), parts.segments.map(([a, n]) => `${a} ${n}`).join('\n') + '\n' + data.keep.map((a) => `kept ${a}\n`).join(''));

    // 4-5. The new files and index.html (as the last round verified them).
    const { out, js, page } = emitted;
    for (const [name, body] of [[out.js, js], [out.wasm, parts.primary], [out.split, parts.secondary]]) writeFileSync(join(dir, name), body);
    rmSync(join(dir, jsName));
    rmSync(join(dir, wasmName));
    writeFileSync(join(dir, 'index.html'), page);
    const kb = (b) => (b.length / 1024).toFixed(1);
    const movedBytes = parts.moved.reduce((sum, [, n]) => sum + n, 0);
    return `split.mjs: ${wasmName} (${kb(wasmIn)} KB) -> ${out.wasm} (${kb(parts.primary)} KB) + ${out.split} (${kb(parts.secondary)} KB); ${fixed.rewritten} table.fill rewritten; ${profiles.length} profiled boots; ${added.length} function(s) added by verify; ${parts.moved.length} data sections (${movedBytes} B) moved, ${data.keep.length} address(es) kept by the check`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await writeSplit(process.argv[2] ?? 'dist'));
}
