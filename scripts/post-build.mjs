// Trunk's post_build hook (Trunk.toml), run on the staging directory after index.html is
// written and before the directory becomes dist/. Trunk starts hooks of one stage at the same
// time, so the steps that must run in order are one hook:
//   0. every profile: the language packs hashed into their names and named in index.html
//      (scripts/packs.mjs, src/i18n/pack.rs; docs/size.md, "Language packs");
//   1. release only: the stylesheets minified (scripts/minify.mjs) and inlined into index.html,
//      and the wasm fetched after the first paint (scripts/first-paint.mjs, docs/performance.md);
//   1b. release only: the wasm split in two, guided by a profile of the boot taken in Chromium
//      (scripts/split.mjs; docs/size.md, "Code splitting"): new file names, the loader in the JS
//      glue (then minified), and when the start script loads the second part;
//   2. release only: the Content-Security-Policy meta into index.html, hashing the inline
//      scripts and style as step 1 left them (scripts/csp.mjs, docs/security.md);
//   3. sw.js from the files as they now are (scripts/sw.mjs, docs/pwa.md), so the worker's
//      hash of index.html is the hash of the page with its CSP.
// By hand: node scripts/post-build.mjs [DIR] [--profile release|debug]
import { writeCsp } from './csp.mjs';
import { writeFirstPaint } from './first-paint.mjs';
import { writePacks } from './packs.mjs';
import { writeSplit } from './split.mjs';
import { writeWorker } from './sw.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--profile');
const profile = i >= 0 ? args.splice(i, 2)[1] : (process.env.TRUNK_PROFILE ?? 'release');
const dir = args[0] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
if (profile !== 'release' && profile !== 'debug') {
  console.error(`post-build.mjs: unknown profile ${profile}`);
  process.exit(2);
}
console.log(writePacks(dir));
if (profile === 'release') {
  console.log(writeFirstPaint(dir));
  console.log(await writeSplit(dir));
  console.log(writeCsp(dir));
}
console.log(writeWorker(dir, profile));
