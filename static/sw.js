// The checker's service worker: after the first visit the page works with the network off.
//
// The page's own files are the only thing it handles: requests to other origins are left alone (the page makes
// none). The page itself (navigation) is fetched from the network first, so that a new version is found, and
// served from the cache when offline; its scripts, WebAssembly and styles have content-hashed names, so the cached
// copy of a name is always right and is served first. A new version waits until the user asks to update.
const CACHE = 'stv-check';

// On install, the page and every file it names (its hashed script, WebAssembly, styles, icons), so that the first
// visit is enough to work offline.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const response = await fetch('./', { cache: 'no-cache' });
      const html = await response.clone().text();
      await cache.put('./', response);
      // Every file the built page names: in attributes, quoted or not (href=/style-1a2b.css), and in its loader
      // script ('/stv-check-web-1a2b_bg.wasm').
      const files = [...html.matchAll(/(?:href=|src=|["' ])(\/?[\w.-]+\.(?:css|js|wasm|png|svg|webmanifest|txt))\b/g)].map((m) => m[1]);
      await cache.addAll([...new Set(files)]);
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data === 'update') self.skipWaiting();
});

function keep(request, response) {
  if (response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => keep('./', response))
        .catch(() => caches.match('./')),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => keep(request, response))));
});
