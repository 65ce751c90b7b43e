// Prints the first-load transfer of the built site: every file index.html loads, raw, gzip -9
// and brotli (max quality), as a table, then the gzip total. Figures only; no pass/fail.
// The first load fetches ONE language pack (i18n/, src/i18n/pack.rs): the table counts the
// largest, and a line gives the total for each language. The service worker then precaches the
// rest (the other two packs, icons, manifest) in the background: the last line says how much a
// first visit transfers in all.
import { readFileSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { firstLoadFiles, gzipSize, isSplit, isLaterCss } from './first-load.mjs';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'));
const files = readdirSync(dist);
// First load: the HTML, the JS glue, the wasm, the CSS (the icon and manifest are not blocking).
const gz = (f) => gzipSize(dist, f);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const { files: firstLoad, packs, largestPack, largestMore } = firstLoadFiles(dist);
const rows = firstLoad.map((f) => {
  const b = f === 'index.html' ? html : readFileSync(join(dist, f));
  return {
    file: f,
    kind: extname(f).slice(1),
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: br(b),
  };
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('first load'.padEnd(44) + 'raw KB'.padStart(8) + ' gzip KB'.padStart(9) + '  br KB'.padStart(9));
for (const r of rows) console.log(r.file.padEnd(44) + kb(r.raw) + ' ' + kb(r.gzip) + ' ' + kb(r.brotli));
const sum = (k, pred = () => true) => rows.filter(pred).reduce((a, r) => a + r[k], 0);
console.log('-'.repeat(71));
console.log('total'.padEnd(44) + kb(sum('raw')) + ' ' + kb(sum('gzip')) + ' ' + kb(sum('brotli')));
console.log();
for (const kind of ['wasm', 'js', 'css', 'html', 'txt']) {
  console.log(`${kind.padEnd(5)} raw ${sum('raw', (r) => r.kind === kind)} B, gzip ${sum('gzip', (r) => r.kind === kind)} B, brotli ${sum('brotli', (r) => r.kind === kind)} B`);
}
console.log(`first-load total gzip: ${sum('gzip')} B (${(sum('gzip') / 1024).toFixed(1)} KB); brotli: ${sum('brotli')} B`);
if (packs.length) {
  const base = sum('gzip') - gz(largestPack);
  const per = packs.map((f) => `${f.replace(/^i18n\/|-[0-9a-f]+\.txt$/g, '')} ${((base + gz(f)) / 1024).toFixed(1)} KB`);
  console.log(`first load by language (gzip, with that language's first-view strings): ${per.join(', ')}`);
}
// The rest of the language's strings (src/i18n/pack.rs): with the split-out wasm.
const more = largestMore ? gz(largestMore) : 0;
if (largestMore) console.log(`rest of the strings (after the app starts, with the split-out wasm): ${largestMore} gzip ${more} B`);
// The split-out wasm (scripts/split.mjs): fetched when the page is idle after the app started,
// or with the first load when a link opens the page.
// The stylesheet of what waits for the split-out part comes with it (scripts/first-paint.mjs).
const laterCss = files.filter(isLaterCss);
const css = laterCss.reduce((a, f) => a + gz(f), 0);
for (const f of laterCss) console.log(`stylesheet with the split-out wasm: ${f} raw ${readFileSync(join(dist, f)).length} B, gzip ${gz(f)} B`);
for (const f of files.filter(isSplit)) {
  const b = readFileSync(join(dist, f));
  console.log(`split-out wasm (after the app starts): ${f} raw ${b.length} B, gzip ${gz(f)} B, brotli ${br(b)} B; first load with it, its stylesheet and the rest of the strings (a page opened by a link): ${((sum('gzip') + gz(f) + css + more) / 1024).toFixed(1)} KB gzip`);
}
// Not first load (docs/pwa.md): fetched after the app starts, or only when installing.
const later = ['sw.js', 'manifest.webmanifest'].filter((f) => files.includes(f))
  .map((f) => `${f} raw ${readFileSync(join(dist, f)).length} B, gzip ${gzipSync(readFileSync(join(dist, f)), { level: 9 }).length} B`);
const icons = files.includes('icons') ? readdirSync(join(dist, 'icons')).reduce((a, f) => a + readFileSync(join(dist, 'icons', f)).length, 0) : 0;
console.log(`not first load: ${later.join('; ')}; icons/ ${icons} B`);
// Everything a first visit transfers once the service worker has precached the site for
// offline use (after the page has loaded): every file but sw.js's own precache duplicates.
const walk = (d) => readdirSync(join(dist, d), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const all = walk('.');
console.log(`first visit in all, with the offline precache (gzip): ${(all.reduce((a, f) => a + gz(f), 0) / 1024).toFixed(1)} KB in ${all.length} files`);
