// SSE Atlas service worker: keeps the app, the boundaries and the dataset for use offline.
// scripts/sw-precache.mjs fills in VERSION and FILES at build time; a new build has a new
// VERSION, so its worker replaces the old cache instead of mixing files of two builds.
'use strict';

const VERSION = '__SW_VERSION__';
const FILES = __SW_FILES__;
const PREFIX = 'sse-atlas-';
const CACHE = PREFIX + VERSION;
// Trunk names built files with a content hash (hex, leading zeros dropped): such a file never
// changes under its name.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // `reload`: from the server, not from an HTTP cache that may hold an older build. One
      // failed file fails the install: never a half-filled cache.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's address without its query: every link to the app is the same page.
function keyOf(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(keyOf(request)))
    || (request.mode === 'navigate' ? cache.match(new URL('./', self.registration.scope).href) : undefined);
}

async function fromNetwork(event) {
  const response = await fetch(event.request);
  // Only whole, successful answers of this origin are kept (never an error page). Storing
  // happens beside the answer: a full disk must not fail a good download.
  if (response.ok && response.status === 200 && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE)
      .then((cache) => cache.put(keyOf(event.request), copy))
      .catch(() => {}));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (HASHED.test(new URL(request.url).pathname)) {
    event.respondWith(fromCache(request).then((hit) => hit || fromNetwork(event)));
    return;
  }
  // Everything else may change without changing its name (the page, the data): the network
  // first, the stored copy when the network fails.
  event.respondWith(fromNetwork(event).catch(async () => {
    const hit = await fromCache(request);
    return hit || new Response('Offline, and this file was not stored.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }));
});
