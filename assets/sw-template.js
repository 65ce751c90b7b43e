// Qingshan's service worker. TEMPLATE: scripts/sw.mjs (the Trunk post_build hook) fills in
// VERSION and PRECACHE from the real build output and writes the result to dist/sw.js.
// Design and reasons: docs/pwa.md.
//
// - install: pre-caches every file of the build in one `cache.addAll` (all or nothing), each
//   request carrying the file's SRI hash, so a half-deployed server or a stale HTTP cache makes
//   the install fail instead of mixing two releases (a response the host redirected is stored
//   as a clean copy, so it can answer navigations). It does not skipWaiting by itself: a new
//   version waits until the page asks for it ('skip-waiting'), i.e. until the user says so.
// - activate: deletes this site's caches of other versions, then claims the open pages.
// - fetch: same-origin GETs inside the scope. Navigations to the app (the scope URL or
//   index.html, any query) get the cached index.html: cache-first, so the page and the files it
//   loads always come from the same release, and a slow network never delays the start.
//   Precached files come from the cache; anything else goes to the network untouched.
'use strict';

const VERSION = '__QINGSHAN_VERSION__';
const PRECACHE = ['__QINGSHAN_PRECACHE__'];

// Caches are shared by the whole origin: the prefix includes the scope, so two copies of the
// site under different paths of one host never delete each other's caches.
const PREFIX = 'qingshan:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;
const SCOPE_PATH = new URL(self.registration.scope).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const requests = PRECACHE.map((f) => new Request(f.url, {
      integrity: f.integrity,
      // Content-hashed files may come from the HTTP cache (the integrity check still applies);
      // the others (index.html, manifest, icons) are revalidated with the server.
      cache: f.hashed ? 'default' : 'no-cache',
    }));
    try {
      await cache.addAll(requests);
      // A host may redirect index.html to its directory (Cloudflare Pages does); a response
      // marked "redirected" cannot answer a navigation, so store a clean copy of it.
      for (const r of requests) {
        const res = await cache.match(r);
        if (res.redirected) {
          const { status, statusText, headers } = res;
          await cache.put(r, new Response(await res.blob(), { status, statusText, headers }));
        }
      }
    } catch (e) {
      await caches.delete(CACHE);
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
      .map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

const PRECACHED = new Set(PRECACHE.map((f) => new URL(f.url, self.location.href).href));
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    if (url.pathname === SCOPE_PATH || url.pathname === SCOPE_PATH + 'index.html') {
      event.respondWith(cacheFirst(INDEX, req));
    }
    return;
  }
  if (PRECACHED.has(url.href)) event.respondWith(cacheFirst(url.href, req));
});

/** This version's cached copy of `key`; the network (`req`) only if it is missing. */
async function cacheFirst(key, req) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key, { ignoreVary: true })) ?? fetch(req);
}
