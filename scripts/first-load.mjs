// What a first load transfers, counted one way for the figures (scripts/bench-size.mjs) and for
// the size budget (scripts/check-dist.mjs): index.html, the JS and wasm (and any CSS) at the
// top of the site except sw.js and the split-out wasm, and the largest language pack (a reader
// fetches one; i18n/). The split-out part (`*_split.wasm`, scripts/split.mjs) is not needed to
// show and use the first view: the page fetches it when idle after the app has started, or
// when a link opens the page (then the first load is the whole app, as before the split).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size of `file` (relative to `dist`), as both scripts count it. */
export function gzipSize(dist, file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** The language packs, as paths relative to `dist`. */
export function packFiles(dist) {
  return existsSync(join(dist, 'i18n')) ? readdirSync(join(dist, 'i18n')).map((f) => `i18n/${f}`) : [];
}

/** The split-out part of the wasm (scripts/split.mjs). */
export function isSplit(file) {
  return file.endsWith('_split.wasm');
}

/** The first load's files, relative to `dist`, and the pack counted (the largest, or null). */
export function firstLoadFiles(dist) {
  const packs = packFiles(dist);
  const largestPack = packs.reduce((a, f) => (a === null || gzipSize(dist, f) > gzipSize(dist, a) ? f : a), null);
  const files = ['index.html', ...readdirSync(dist).filter((f) => ['.js', '.wasm', '.css'].includes(extname(f)) && f !== 'sw.js' && !isSplit(f)),
    ...(largestPack ? [largestPack] : [])];
  return { files, packs, largestPack };
}
