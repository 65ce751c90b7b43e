// Release builds: the first paint needs nothing but index.html, and the wasm is fetched right
// after it (issue 10; docs/performance.md, "First paint before the wasm").
//
// Run by scripts/post-build.mjs (Trunk's post_build hook) on the staging directory, BEFORE the
// CSP (scripts/csp.mjs hashes the resulting inline script and style) and the service worker's
// file list (scripts/sw.mjs). By hand: node scripts/first-paint.mjs [DIR]
//
// 1. The stylesheets Trunk linked (`<link rel="stylesheet" href="./x-HASH.css" integrity=…>`,
//    one per `assets/*.css`, in index.html's order) become ONE `<style>` element where the first
//    link was, and their files are removed from the build. Those of the parts that wait for the
//    split module (LATER_CSS) become one file that comes with it instead (2.2 KB less gzip on the
//    first load). Seven render-blocking requests were
//    the first paint's critical path (one round trip each on a phone network, and HTTP/1.1
//    opens at most six connections); 12 KB of gzip in the HTML is cheaper than any of them.
// 2. The wasm, and the strings of the reader's language (FETCH_PACK), are fetched once the
//    static first paint is on screen: Trunk's `<link rel="preload">`
//    of the wasm is removed, and its start script waits for the next animation frame plus one
//    task (the frame that paints the static copy) before `init`. The wasm's fetch keeps the
//    preload's subresource integrity (`fetch(url, { integrity })`). In a hidden tab (no frames)
//    it starts at once. The JS glue's `modulepreload` (with its integrity) stays: it is small
//    and needed first.
//    Why: with the wasm requested in parallel with the stylesheets, the two compete for the
//    first round trips, and Lighthouse's simulation counts every request started before the
//    largest paint as needed for it (LCP 3.8 s for a paint that needs no wasm). Measured on a
//    throttled phone profile (scripts/lighthouse-probe.mjs, docs/performance.md): first paint
//    0.84–0.94 s → 0.49–0.64 s, app mounted 3.71–3.76 s → 3.70–3.86 s (the wasm starts later
//    but downloads alone).
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { minifyCss } from './minify.mjs';
import { sri } from './sw.mjs';

/** The stylesheets of what the first view never shows before the split module is in: the
 * heavy-trucks panel (it waits for the split module) and the other views (they wait for it
 * too; src/components/views.rs). Their selectors are scoped to those parts (checked when this
 * was written: the ULE view uses none of their rules). They become one file,
 * `later-<hash>.css`, named with its SRI hash in a meta (LATER_META); the split loader
 * (scripts/split.mjs, `qingshanLaterCss`) adds it to the page with the split module and
 * installs the module once both are in, so nothing shows unstyled. */
export const LATER_CSS = /^(trucks|tp|carbon|library)-[0-9a-f]+\.css$/;
export const LATER_META = 'qingshan-css-later';

const STYLESHEET = /<link\s+rel="stylesheet"\s+href="\.\/([A-Za-z0-9_.-]+\.css)"[^>]*>[ \t]*\n?/g;
const WASM_PRELOAD = /<link\s+rel="preload"\s+href="\.\/([A-Za-z0-9_.-]+\.wasm)"([^>]*)>[ \t]*\n?/;
const INIT = /const wasm = await init\(\{ module_or_path: '\.\/([A-Za-z0-9_.-]+\.wasm)' \}\);/;

/** The wait before the wasm is fetched: after the frame that paints the static copy. */
const AFTER_FIRST_PAINT = `await new Promise((go) => document.visibilityState === 'hidden' ? go() : requestAnimationFrame(() => setTimeout(go, 0)));`;

/**
 * With the wasm, the strings of the language a link names (`lang=` in the fragment), else of the
 * one index.html's first script picked (`<html lang>`):
 * its pack (scripts/packs.mjs) is fetched in parallel with the wasm, and the wasm takes the
 * response from `self.qingshanPack` (src/platform.rs, `load_lang`; it fetches the pack itself
 * when this one failed or is for another language). The `catch` marks a failure as handled.
 * The rest of the language's strings (`qingshan-pack-more`, src/i18n/pack.rs) are fetched too
 * when the page will load the split-out wasm before the app starts (a link, the offline
 * worker: the same test as scripts/split.mjs's AT_ONCE); otherwise the wasm fetches them when
 * the page is idle.
 */
const FETCH_PACK = `{ const lang = (location.hash.match(/[#&]lang=(zh-Hans|zh-Hant|en)(?:&|$)/) || [])[1] || document.documentElement.lang; const get = (name) => { const meta = document.querySelector('meta[name="' + name + '"][data-lang="' + lang + '"]'); if (!meta) return undefined; const text = fetch(meta.content).then((r) => r.ok ? r.text() : Promise.reject(new Error('pack ' + r.status))); text.catch(() => {}); return { lang, text }; }; self.qingshanPack = get('qingshan-pack'); if (location.hash.length > 1 || navigator.serviceWorker?.controller) self.qingshanPackMore = get('qingshan-pack-more'); }`;

/**
 * `html` with its stylesheets inlined (`read(file)` gives a stylesheet's text) and the wasm
 * started after the first paint. Returns `{ html, inlined }` (the stylesheet files now unused).
 * Throws when Trunk's output is not what this expects, so a Trunk upgrade fails the build
 * instead of silently dropping the change.
 */
export function firstPaint(html, read) {
  const links = [...html.matchAll(STYLESHEET)];
  if (!links.length) throw new Error('first-paint: no <link rel="stylesheet"> in index.html');
  const now = links.filter((m) => !LATER_CSS.test(m[1]));
  const css = now.map((m) => read(m[1]).trim()).join('\n');
  if (/<\/style/i.test(css)) throw new Error('first-paint: a stylesheet contains "</style"');
  const laterLinks = links.filter((m) => LATER_CSS.test(m[1]));
  const laterCss = laterLinks.map((m) => read(m[1]).trim()).join('\n');
  const later = laterCss ? { name: `later-${createHash('sha256').update(laterCss).digest('hex').slice(0, 16)}.css`, css: laterCss, files: laterLinks.length } : null;
  const meta = later ? `<meta name="${LATER_META}" content="./${later.name}" data-integrity="${sri(laterCss)}">\n` : '';
  let out = '';
  let at = 0;
  links.forEach((m, i) => {
    out += html.slice(at, m.index) + (i === 0 ? `<style>${css}</style>\n${meta}` : '');
    at = m.index + m[0].length;
  });
  out += html.slice(at);

  const preload = out.match(WASM_PRELOAD);
  if (!preload) throw new Error('first-paint: no <link rel="preload"> of the wasm in index.html');
  const integrity = preload[2].match(/\bintegrity="([^"]+)"/)?.[1];
  out = out.replace(WASM_PRELOAD, '');
  const init = out.match(INIT);
  if (!init || init[1] !== preload[1]) throw new Error("first-paint: Trunk's start script is not the expected `await init({ module_or_path: … })`");
  const fetchArgs = integrity ? `'./${init[1]}', { integrity: '${integrity}' }` : `'./${init[1]}'`;
  out = out.replace(INIT, `${AFTER_FIRST_PAINT}\n${FETCH_PACK}\nconst wasm = await init({ module_or_path: fetch(${fetchArgs}) });`);
  return { html: withoutComments(out), inlined: links.map((m) => m[1]), later };
}

/** `html` without its comments (notes for the next engineer, 0.6 KB of gzip on every first
 * load), outside `<script>` and `<style>`, whose text is not HTML. */
export function withoutComments(html) {
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|[ \t]*<!--[\s\S]*?-->[ \t]*\n?/gi, (_, block) => block ?? '');
}

/** Applies [`firstPaint`] to DIR/index.html and removes the inlined stylesheets; one-line summary. */
export function writeFirstPaint(dir) {
  const file = join(dir, 'index.html');
  // Each stylesheet minified (scripts/minify.mjs), then inlined.
  const { html, inlined, later } = firstPaint(readFileSync(file, 'utf8'), (f) => minifyCss(readFileSync(join(dir, f), 'utf8')));
  writeFileSync(file, html);
  for (const f of new Set(inlined)) if (existsSync(join(dir, f))) unlinkSync(join(dir, f));
  if (later) writeFileSync(join(dir, later.name), later.css);
  const n = inlined.length;
  return `first paint: ${n} stylesheets minified, ${later ? `${n - later.files} inlined into index.html and ${later.files} in ${later.name} (with the split module)` : 'inlined into index.html'}, the wasm fetched after the first paint`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writeFirstPaint(process.argv[2] ?? 'dist'));
}
