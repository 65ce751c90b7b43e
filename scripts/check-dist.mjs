// Checks on the built site (scripts/test, tier release-build):
// 1. no generated JS imports from 'env' (a wasm import that would fail in the browser);
// 2. every file index.html references exists in dist/;
// 3. every reference is relative (the site must work under any sub-path);
// 4. sw.js is a release worker whose precache list is exactly the files of dist/ (with their
//    SRI hashes), and every URL in the manifest is relative and exists (docs/pwa.md).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readPrecache, siteFiles } from './sw.mjs';

const dist = process.argv[2] ?? 'dist';
const problems = [];
const files = readdirSync(dist);
for (const f of files.filter((f) => f.endsWith('.js'))) {
  const js = readFileSync(join(dist, f), 'utf8');
  if (/from\s*['"]env['"]/.test(js)) problems.push(`${f} imports from 'env'`);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:href|src)=["']([^"']+)["']/g)].map((m) => m[1]);
const inlineRefs = [...html.matchAll(/['"](\.\/[^'"]+\.(?:js|wasm))['"]/g)].map((m) => m[1]);
let checked = 0;
for (const ref of new Set([...refs, ...inlineRefs])) {
  if (ref.startsWith('#') || ref.startsWith('data:')) continue;
  if (/^[a-z]+:\/\//i.test(ref) || ref.startsWith('//')) { problems.push(`absolute URL: ${ref}`); continue; }
  if (ref.startsWith('/')) { problems.push(`root-relative URL (breaks under a sub-path): ${ref}`); continue; }
  const path = join(dist, ref.replace(/^\.\//, '').split(/[?#]/)[0]);
  if (!existsSync(path)) problems.push(`index.html references a missing file: ${ref}`);
  checked++;
}
if (checked === 0) problems.push('index.html references no file at all');
const sw = existsSync(join(dist, 'sw.js')) ? readPrecache(readFileSync(join(dist, 'sw.js'), 'utf8')) : null;
if (!sw) problems.push('dist/sw.js is missing or is the debug worker (build with --release)');
else {
  const want = siteFiles(dist).map((f) => `./${f}`).join(' ');
  if (sw.entries.map((e) => e.url).join(' ') !== want) problems.push(`sw.js pre-caches other files than dist/ has: ${want}`);
  for (const e of sw.entries) {
    const b = existsSync(join(dist, e.url)) ? readFileSync(join(dist, e.url)) : '';
    if (e.integrity !== 'sha384-' + createHash('sha384').update(b).digest('base64')) problems.push(`sw.js: wrong hash for ${e.url}`);
  }
}
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
for (const u of [manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src)]) {
  if (/^(\/|[a-z]+:)/i.test(u ?? '/')) problems.push(`manifest URL is not relative: ${u}`);
}
for (const i of manifest.icons) if (!existsSync(join(dist, i.src))) problems.push(`manifest icon missing: ${i.src}`);
if (problems.length) {
  console.error('dist checks failed:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log(`dist checks: ${files.length} files, ${checked} references, no 'env' import, sw.js pre-caches ${sw.entries.length} files`);
