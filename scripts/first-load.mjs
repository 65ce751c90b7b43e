// What a first load transfers, counted one way for the figures (scripts/bench-size.mjs) and for
// the size budget (scripts/check-dist.mjs): index.html, the JS and wasm (and any CSS) at the
// top of the site except sw.js and the split-out wasm, and the largest first-view language file
// (a reader fetches one language's; i18n/, src/i18n/pack.rs). Not the stylesheet of what waits
// for the split-out part (`later-….css`, scripts/first-paint.mjs): it comes with that part. The rest of that language's
// strings (`<tag>.more-….txt`) come when the page is idle, with the split-out part. The split-out part (`*_split.wasm`, scripts/split.mjs) is not needed to
// show and use the first view: the page fetches it when idle after the app has started, or
// when a link opens the page (then the first load is the whole app, as before the split).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size of `file` (relative to `dist`), as both scripts count it. */
export function gzipSize(dist, file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** The language packs' files, as paths relative to `dist`: all, or with `more` only the first
 * view's (false) or only the rest (true). */
export function packFiles(dist, more) {
  const all = existsSync(join(dist, 'i18n')) ? readdirSync(join(dist, 'i18n')).map((f) => `i18n/${f}`) : [];
  return more === undefined ? all : all.filter((f) => isMorePack(f) === more);
}

/** The rest of a language's strings (src/i18n/pack.rs, part 2): not part of the first load. */
export function isMorePack(file) {
  return /\.more-[0-9a-f]+\.txt$/.test(file);
}

/** The largest of `files` by gzip size (null if none). */
export function largest(dist, files) {
  return files.reduce((a, f) => (a === null || gzipSize(dist, f) > gzipSize(dist, a) ? f : a), null);
}

/** The split-out part of the wasm (scripts/split.mjs). */
export function isSplit(file) {
  return file.endsWith('_split.wasm');
}

/** The stylesheet that comes with the split-out part (scripts/first-paint.mjs, LATER_CSS). */
export function isLaterCss(file) {
  return /^later-[0-9a-f]+\.css$/.test(file);
}

/** What comes with the split-out part, after the first load (or with it, when a link opens the
 * page): the split-out wasm and the later stylesheet. */
export function withSplitFiles(dist) {
  return readdirSync(dist).filter((f) => isSplit(f) || isLaterCss(f));
}

/** The first load's files, relative to `dist`, and the pack counted (the largest, or null). */
export function firstLoadFiles(dist) {
  const packs = packFiles(dist, false);
  const largestPack = largest(dist, packs);
  const files = ['index.html', ...readdirSync(dist).filter((f) => ['.js', '.wasm', '.css'].includes(extname(f)) && f !== 'sw.js' && !isSplit(f) && !isLaterCss(f)),
    ...(largestPack ? [largestPack] : [])];
  return { files, packs, largestPack, largestMore: largest(dist, packFiles(dist, true)) };
}
