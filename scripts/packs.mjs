// The language packs (src/i18n/pack.rs): the browser build fetches the one language it shows
// instead of carrying all three catalogs in the wasm (docs/size.md, "Language packs").
//
// Run by scripts/post-build.mjs (Trunk's post_build hook, every profile) FIRST, on the staging
// directory, where Trunk's `copy-dir` of assets/i18n/ left `i18n/<tag>.txt`. By hand:
//   node scripts/packs.mjs [DIR]
//
// 1. Each pack is renamed `i18n/<tag>-<first 16 hex digits of its SHA-256>.txt`, so a cached
//    copy can never be read with a wasm of another build (the pack's header also carries the
//    keys' hash, and the wasm refuses a pack for other keys).
// 2. index.html gets one `<meta name="qingshan-pack" data-lang="<tag>" content="./i18n/…">` per
//    language, right after `<meta charset>`: how the wasm (src/platform.rs, `load_lang`) and the
//    start script (scripts/first-paint.mjs) find each pack. A meta, not an inline script, so the
//    CSP needs no new hash.
// The service worker's list (scripts/sw.mjs, run last) then precaches all three packs, so every
// language works offline after the first visit.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'];
export const PACK_META = 'qingshan-pack';
const CHARSET = /<meta charset="utf-8">\n?/;

/** `<tag>-<hash>.txt` for a pack's text. */
export function packName(tag, text) {
  return `${tag}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
}

/** The metas naming each pack (`urls`: tag → URL), after `<meta charset>` in `html`. */
export function withPackMetas(html, urls) {
  if (!CHARSET.test(html)) throw new Error('packs: no <meta charset="utf-8"> in index.html');
  if (html.includes(`name="${PACK_META}"`)) throw new Error('packs: index.html already names the packs');
  const metas = LANGS.map((tag) => `<meta name="${PACK_META}" data-lang="${tag}" content="${urls[tag]}">`).join('\n  ');
  return html.replace(CHARSET, (m) => `${m.trimEnd()}\n  ${metas}\n`);
}

/** Hashes DIR/i18n's packs into their names and names them in DIR/index.html; one-line summary. */
export function writePacks(dir) {
  const folder = join(dir, 'i18n');
  const urls = {};
  for (const tag of LANGS) {
    const plain = join(folder, `${tag}.txt`);
    if (!existsSync(plain)) throw new Error(`packs: ${plain} is missing (index.html's copy-dir of assets/i18n)`);
    const text = readFileSync(plain);
    if (!text.toString('utf8').startsWith(`qingshan-i18n\t2\t${tag}\t`)) throw new Error(`packs: ${plain} is not a pack for ${tag}`);
    const name = packName(tag, text);
    renameSync(plain, join(folder, name));
    urls[tag] = `./i18n/${name}`;
  }
  const extra = readdirSync(folder).filter((f) => !Object.values(urls).includes(`./i18n/${f}`));
  if (extra.length) throw new Error(`packs: unexpected files in i18n/: ${extra.join(', ')}`);
  const file = join(dir, 'index.html');
  writeFileSync(file, withPackMetas(readFileSync(file, 'utf8'), urls));
  return `packs: ${LANGS.length} language packs hashed and named in index.html`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writePacks(process.argv[2] ?? 'dist'));
}
