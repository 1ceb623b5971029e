/**
 * The service worker's source, as written into `dist/sw.js`. Plain JavaScript in a string because
 * it runs in a worker, not in a page or in Node; its constants are the build's, so a new build
 * changes the file's bytes and browsers install it in place of the old one.
 *
 * - install: every page, asset and Pagefind file of the build into one cache named by the build's
 *   version; the worker takes over at once (a page of the old build keeps working: Pagefind's
 *   files are content-hashed, and its entry file is keyed by the build's `metaCacheTag`).
 * - activate: deletes the caches of earlier builds of this site (same base path) only.
 * - pages: the network first, so a reader online sees the latest build; the cached copy when the
 *   network fails or takes longer than a few seconds (a train's Wi-Fi).
 * - everything else: the cache first, then the network.
 */
export interface ServiceWorkerInput {
  /** Content hash of the build. */
  version: string;
  /** Base path, with slashes at both ends. */
  base: string;
  /** Site-relative URLs (under `base`) to cache on install, sorted. */
  urls: readonly string[];
}

export function serviceWorkerSource({ version, base, urls }: ServiceWorkerInput): string {
  return `// On the Record: offline reading and search. Generated at build time; do not edit.
const VERSION = ${JSON.stringify(version)};
const BASE = ${JSON.stringify(base)};
const PREFIX = "otr:" + BASE + ":";
const CACHE = PREFIX + VERSION;
const URLS = ${JSON.stringify(urls, null, 0)};
const PAGE_TIMEOUT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // "reload": the HTTP cache may hold files of the previous build under the same names.
    await cache.addAll(URLS.map((u) => new Request(u, { cache: "reload" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "version" && event.ports[0]) event.ports[0].postMessage(VERSION);
});

async function cached(request, options) {
  const cache = await caches.open(CACHE);
  return cache.match(request, options);
}

/** A page from the network, or from the cache when the network fails or is too slow. */
async function page(request) {
  const network = fetch(request);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), PAGE_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline: fall through to the cache.
  }
  // The search page is cached once, whatever its query string.
  const hit = await cached(request, { ignoreSearch: true });
  if (hit) return hit;
  try {
    return await network;
  } catch {
    return new Response("<!doctype html><title>Offline</title><p>You are offline and this page was not saved for offline reading.</p>", {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8" },
    });
  }
}

async function asset(request) {
  return (await cached(request)) ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(request.mode === "navigate" ? page(request) : asset(request));
});
`;
}
