// Writes the service worker (sw.js) into a built site, from the files really there.
//
// Run by Trunk as a post_build hook (Trunk.toml) on the staging directory, after index.html is
// written and before the directory becomes dist/; or by hand on any built copy:
//   node scripts/sw.mjs [DIR] [--profile release|debug]
// DIR defaults to $TRUNK_STAGING_DIR, else dist; the profile to $TRUNK_PROFILE, else release.
//
// release: assets/sw-template.js with
//   VERSION  = the first 16 hex digits of SHA-256 over the template and every file's path and
//              content (sorted), so any change to any file gives a new cache name;
//   PRECACHE = every file of DIR except sw.js: { url: './path', integrity: 'sha384-…', hashed }.
// debug (trunk serve): a worker that caches nothing, deletes this site's caches and unregisters
//   itself, so a release worker left behind on the same origin cannot serve stale code.
// Design: docs/pwa.md.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A subresource-integrity value of `bytes` (SHA-384), as the worker, the start script, the
 * split loader and the later stylesheet's meta carry it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const here = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE = resolve(here, '../assets/sw-template.js');
export const SW_FILE = 'sw.js';

/** Trunk's content hash in a file name: `name-<hex>.ext`, `name-<hex>_bg.wasm`, `name-<hex>_split.wasm` (scripts/split.mjs), where <hex> is a
 * u64 in hex without leading zeros (so usually 16 digits, sometimes fewer). */
const HASHED = /-[0-9a-f]{8,16}(?:_bg|_split)?\.[a-z0-9]+$/;

/** Every file under `dir` except sw.js, as sorted POSIX paths relative to `dir`. */
export function siteFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== SW_FILE).sort();
}

/** The precache list and cache version of the site in `dir`. */
export function precache(dir, template = readFileSync(TEMPLATE, 'utf8')) {
  const version = createHash('sha256').update(template);
  const entries = siteFiles(dir).map((f) => {
    const bytes = readFileSync(join(dir, f));
    version.update(`${f}\0${createHash('sha256').update(bytes).digest('hex')}\n`);
    return {
      url: `./${f}`,
      integrity: sri(bytes),
      hashed: HASHED.test(f),
    };
  });
  return { version: version.digest('hex').slice(0, 16), entries };
}

/** The text of the release worker for the site in `dir`. */
export function releaseWorker(dir) {
  const template = readFileSync(TEMPLATE, 'utf8');
  const { version, entries } = precache(dir, template);
  const list = '[\n' + entries.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]';
  const out = template
    .replace("'__QINGSHAN_VERSION__'", JSON.stringify(version))
    .replace("['__QINGSHAN_PRECACHE__']", list)
    // Whole-line comments are for the template's readers; every update check downloads sw.js.
    .split('\n').filter((l) => !/^\s*(\/\/|\/\*\*.*\*\/$)/.test(l)).join('\n')
    .replace(/^/, '// Written by scripts/sw.mjs from assets/sw-template.js (docs/pwa.md). Do not edit.\n');
  if (out.includes('__QINGSHAN_')) throw new Error(`${TEMPLATE}: a placeholder was not filled`);
  return out;
}

/** The debug worker: no fetch handler; removes this site's caches and itself. */
export const DEBUG_WORKER = `// Debug build (trunk serve): no caching. Replaces a release worker left on this origin,
// deletes its caches and unregisters, so development never serves stale code (docs/pwa.md).
'use strict';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const prefix = 'qingshan:' + self.registration.scope + ':';
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith(prefix)).map((k) => caches.delete(k)));
    await self.registration.unregister();
  })());
});
`;

/** Reads back the precache list of a generated sw.js (for checks and tests). */
export function readPrecache(swText) {
  const m = swText.match(/const PRECACHE = (\[[\s\S]*?\n\]);/);
  const v = swText.match(/const VERSION = "([0-9a-f]{16})";/);
  if (!m || !v) return null;
  return { version: v[1], entries: JSON.parse(m[1]) };
}

/** Writes DIR/sw.js for `profile`; returns a one-line summary. */
export function writeWorker(dir, profile = 'release') {
  const text = profile === 'debug' ? DEBUG_WORKER : releaseWorker(dir);
  writeFileSync(join(dir, SW_FILE), text);
  if (profile === 'debug') return `sw.js: debug worker (no caching), ${text.length} B`;
  const { version, entries } = readPrecache(text);
  return `sw.js: version ${version}, ${entries.length} files pre-cached, ${text.length} B`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--profile');
  const profile = i >= 0 ? args.splice(i, 2)[1] : (process.env.TRUNK_PROFILE ?? 'release');
  const dir = args[0] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  if (profile !== 'release' && profile !== 'debug') {
    console.error(`sw.mjs: unknown profile ${profile}`);
    process.exit(2);
  }
  console.log(writeWorker(dir, profile));
}
