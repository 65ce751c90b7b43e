// Checks on the built site (scripts/test, tier release-build):
// 1. no generated JS imports from 'env' (a wasm import that would fail in the browser);
// 2. every file index.html references exists in dist/;
// 3. every reference is relative (the site must work under any sub-path).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

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
if (problems.length) {
  console.error('dist checks failed:\n- ' + problems.join('\n- '));
  process.exit(1);
}
console.log(`dist checks: ${files.length} files, ${checked} references, no 'env' import`);
