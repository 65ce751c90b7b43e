// The language packs (src/i18n/pack.rs): the browser build fetches the one language it shows
// instead of carrying all three catalogs in the wasm (docs/size.md, "Language packs"), in two
// files: the first view's (`<tag>.txt`) and the rest (`<tag>.more.txt`, fetched when the page
// is idle, with the split-out wasm; docs/size.md, "The first view's pack").
//
// Run by scripts/post-build.mjs (Trunk's post_build hook, every profile) FIRST, on the staging
// directory, where Trunk's `copy-dir` of assets/i18n/ left `i18n/<tag>.txt`. By hand:
//   node scripts/packs.mjs [DIR]
//
// 1. Each file is renamed `i18n/<tag>-<first 16 hex digits of its SHA-256>.txt` (the rest:
//    `i18n/<tag>.more-<…>.txt`), so a cached copy can never be read with a wasm of another build
//    (the header also carries the keys' hash, and the wasm refuses a pack for other keys).
// 2. index.html gets one `<meta name="qingshan-pack" data-lang="<tag>" content="./i18n/…">` and
//    one `<meta name="qingshan-pack-more" …>` per language, right after `<meta charset>`: how the
//    wasm (src/platform.rs, `load_lang`) and the start script (scripts/first-paint.mjs) find each
//    file. A meta, not an inline script, so the CSP needs no new hash.
// The service worker's list (scripts/sw.mjs, run last) then precaches all three packs, so every
// language works offline after the first visit.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'];
export const PACK_META = 'qingshan-pack';
export const MORE_META = 'qingshan-pack-more';
/** The two files of a language: the first view's and the rest (src/i18n/pack.rs, part 1 and 2). */
export const PARTS = [{ suffix: '', meta: PACK_META, part: 1 }, { suffix: '.more', meta: MORE_META, part: 2 }];
const CHARSET = /<meta charset="utf-8">\n?/;

/** `<tag><suffix>-<hash>.txt` for a pack file's text. */
export function packName(tag, text, suffix = '') {
  return `${tag}${suffix}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
}

/** The metas naming each file (`urls`: meta name → tag → URL), after `<meta charset>` in `html`. */
export function withPackMetas(html, urls) {
  if (!CHARSET.test(html)) throw new Error('packs: no <meta charset="utf-8"> in index.html');
  if (html.includes(`name="${PACK_META}"`)) throw new Error('packs: index.html already names the packs');
  const metas = PARTS.flatMap(({ meta }) => LANGS.map((tag) => `<meta name="${meta}" data-lang="${tag}" content="${urls[meta][tag]}">`)).join('\n  ');
  return html.replace(CHARSET, (m) => `${m.trimEnd()}\n  ${metas}\n`);
}

/** Hashes DIR/i18n's packs into their names and names them in DIR/index.html; one-line summary. */
export function writePacks(dir) {
  const folder = join(dir, 'i18n');
  const urls = {};
  const named = [];
  for (const { suffix, meta, part } of PARTS) {
    urls[meta] = {};
    for (const tag of LANGS) {
      const plain = join(folder, `${tag}${suffix}.txt`);
      if (!existsSync(plain)) throw new Error(`packs: ${plain} is missing (index.html's copy-dir of assets/i18n)`);
      const text = readFileSync(plain);
      if (!text.toString('utf8').startsWith(`qingshan-i18n\t3\t${tag}\t${part}\t`)) throw new Error(`packs: ${plain} is not part ${part} of a pack for ${tag}`);
      const name = packName(tag, text, suffix);
      renameSync(plain, join(folder, name));
      urls[meta][tag] = `./i18n/${name}`;
      named.push(name);
    }
  }
  const extra = readdirSync(folder).filter((f) => !named.includes(f));
  if (extra.length) throw new Error(`packs: unexpected files in i18n/: ${extra.join(', ')}`);
  const file = join(dir, 'index.html');
  writeFileSync(file, withPackMetas(readFileSync(file, 'utf8'), urls));
  return `packs: ${LANGS.length} language packs (${named.length} files) hashed and named in index.html`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writePacks(process.argv[2] ?? 'dist'));
}
