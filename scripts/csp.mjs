// Writes the Content-Security-Policy of a built site into its index.html, as a
// `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>`, with the SHA-256
// of every inline script (two: Trunk's module that imports the JS glue and starts the wasm, and
// index.html's script that picks the language of the static first paint, docs/performance.md)
// and of every `<style>` element (one: the stylesheets scripts/first-paint.mjs inlined).
// Design and the matching HTTP headers for hosts: docs/security.md.
//
// Run by scripts/post-build.mjs (the Trunk post_build hook) on the staging directory BEFORE the
// service worker's file list and hashes are computed; or by hand: node scripts/csp.mjs [DIR]
// Release builds only: Trunk's live-reload script (debug, `trunk serve`) is rewritten at serve
// time, so no hash computed at build time could match it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy without the script hashes (docs/security.md explains each directive). */
export const DIRECTIVES = [
  ["default-src", "'self'"],
  // 'wasm-unsafe-eval' lets WebAssembly.instantiate compile the app; no 'unsafe-eval'.
  ["script-src", "'self'", "'wasm-unsafe-eval'"],
  // No style attributes and no injected styles: the one `<style>` element (the stylesheets,
  // inlined by scripts/first-paint.mjs) is allowed by its hash, added by policyFor.
  ["style-src", "'self'"],
  // data: and blob: for images the page makes itself (icons, QR, exports); nothing remote.
  ["img-src", "'self'", 'data:', 'blob:'],
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

/** Every `<script>` element of `html`: its attribute text and its content. */
export function scripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attrs: m[1], body: m[2] }));
}

/** The contents of the inline scripts (those without `src`), byte for byte as the browser hashes them. */
export function inlineScripts(html) {
  return scripts(html).filter((s) => !/\bsrc\s*=/i.test(s.attrs)).map((s) => s.body);
}

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of the `<style>` elements of `html`, byte for byte as the browser hashes them. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
}

/** The policy for `html`: DIRECTIVES with one hash per inline script added to script-src and
 * one per `<style>` element added to style-src. */
export function policyFor(html) {
  const extra = {
    'script-src': [...new Set(inlineScripts(html).map(sha256))],
    'style-src': [...new Set(inlineStyles(html).map(sha256))],
  };
  return DIRECTIVES.map(([name, ...values]) => [name, ...values, ...(extra[name] ?? [])].join(' ')).join('; ');
}

const META = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>\s*/i;

/** Things the policy would block in the markup itself: inline handlers, style attributes,
 * javascript: URLs. Returned as messages; the build fails on any. (`<style>` elements are
 * allowed by their hashes.) */
export function markupProblems(html) {
  const out = [];
  const body = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '<style></style>');
  for (const m of body.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) out.push(`inline event handler ${m[1]}=`);
  for (const m of body.matchAll(/<[a-z][^>]*\sstyle\s*=/gi)) out.push(`style attribute: ${m[0].slice(0, 60)}`);
  if (/javascript:/i.test(body)) out.push('javascript: URL');
  return out;
}

/** `html` with its CSP meta (replacing an earlier one, so running twice changes nothing). */
export function withCsp(html) {
  const clean = html.replace(META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(clean)}">`;
  const charset = clean.match(/<meta\s+charset=[^>]*>\s*/i);
  if (!charset) throw new Error('index.html has no <meta charset>: the CSP meta goes right after it');
  const at = charset.index + charset[0].length;
  const indent = charset[0].match(/\n([ \t]*)$/)?.[1] ?? '';
  return clean.slice(0, at) + meta + '\n' + indent + clean.slice(at);
}

/** Adds the CSP to DIR/index.html; returns a one-line summary. Throws on markup the policy blocks. */
export function writeCsp(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const problems = markupProblems(html);
  if (problems.length) throw new Error(`${file}: the CSP would block:\n- ${problems.join('\n- ')}`);
  const out = withCsp(html);
  writeFileSync(file, out);
  return `index.html: CSP with ${inlineScripts(out).length} inline script hash(es), ${inlineStyles(out).length} style hash(es)`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writeCsp(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist'));
}
