// A small static server for dist/, used by the browser tests and the benchmark (no global
// install). It serves the site under a base path (e.g. /qingshan/ to prove sub-path deployment),
// gzip- or brotli-compresses text and wasm when the client accepts it, and listens on 127.0.0.1
// only.
//
//   node tests/e2e/serve.mjs [--root dist] [--base /] [--port 8080] [--no-compress]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

// `encodings`: the compressions offered, in order of preference (the Lighthouse benchmark uses
// ['gzip'] to measure the site as issue 10 specifies it: served with gzip).
export async function startServer({ root = 'dist', base = '/', port = 0, compress = true, headers = {}, encodings = ['br', 'gzip'] } = {}) {
  const rootDir = resolve(root);
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      if (path === base.slice(0, -1)) { res.writeHead(301, { Location: base }); res.end(); return; }
      if (!path.startsWith(base)) { res.writeHead(404); res.end('not found'); return; }
      let rel = path.slice(base.length) || 'index.html';
      const file = normalize(join(rootDir, rel));
      if (!file.startsWith(rootDir)) { res.writeHead(403); res.end(); return; }
      let st = await stat(file).catch(() => null);
      let target = file;
      if (st && st.isDirectory()) { target = join(file, 'index.html'); st = await stat(target).catch(() => null); }
      if (!st) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      const ext = extname(target);
      let body = await readFile(target);
      const h = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'Vary': 'Accept-Encoding', ...headers };
      const accept = String(req.headers['accept-encoding'] ?? '');
      if (compress && COMPRESSIBLE.has(ext)) {
        const key = `${target}:${st.mtimeMs}`;
        if (encodings.includes('br') && /\bbr\b/.test(accept)) {
          if (!cache.has(key + ':br')) cache.set(key + ':br', brotliCompressSync(body));
          body = cache.get(key + ':br'); h['Content-Encoding'] = 'br';
        } else if (encodings.includes('gzip') && /\bgzip\b/.test(accept)) {
          if (!cache.has(key + ':gz')) cache.set(key + ':gz', gzipSync(body, { level: 9 }));
          body = cache.get(key + ':gz'); h['Content-Encoding'] = 'gzip';
        }
      }
      h['Content-Length'] = body.length;
      res.writeHead(200, h);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return { server, url: `http://127.0.0.1:${actual}${base}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const { url } = await startServer({
    root: opt('--root', 'dist'),
    base: opt('--base', '/'),
    port: Number(opt('--port', '8080')),
    compress: !args.includes('--no-compress'),
  });
  console.log(`serving ${opt('--root', 'dist')} at ${url}`);
}
