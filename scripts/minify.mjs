// Minified stylesheets and JS glue for the release build (issue 10; docs/size.md, "Minified
// text"): the inlined CSS (scripts/first-paint.mjs) and the JS glue with the split loader
// (scripts/split.mjs) shrink by 2.9 and 2.4 KB gzip. esbuild does it: a well-kept minifier
// with one binary and no dependencies, installed with the browser-test packages
// (tests/e2e/package.json; scripts/lib.sh ensure_e2e_packages, which every release build
// runs). Not Trunk's own minifier: Trunk 0.21's minify-js fails on wasm-bindgen's
// `export default` and has dropped getters (trunk-rs/trunk#761, #1044).
//
// The targets are the oldest browsers the app runs in anyway (its wasm needs reference types
// and bulk memory: Chrome 96, Firefox 79, Safari 15), so esbuild writes nothing they cannot read,
// and stops the build if the input needs newer syntax than that.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
let esbuild;
const tool = () => (esbuild ??= require('esbuild'));

const BROWSERS = ['chrome96', 'firefox79', 'safari15'];

/** `css` minified (whitespace, comments, shorter forms). */
export function minifyCss(css) {
  return tool().transformSync(css, { loader: 'css', minify: true, target: BROWSERS, logLevel: 'silent' }).code.trim();
}

/** The ES module `js` minified; its exports keep their names. */
export function minifyJs(js) {
  return tool().transformSync(js, { loader: 'js', format: 'esm', minify: true, target: BROWSERS, logLevel: 'silent' }).code;
}
