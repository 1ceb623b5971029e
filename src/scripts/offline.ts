/**
 * Registers the service worker that keeps the whole site, its search included, readable offline
 * after one visit. Only in builds: `astro dev` has no worker, and a cached dev page would mislead.
 */
const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

if (import.meta.env.PROD && "serviceWorker" in navigator && location.protocol !== "file:") {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {
      // No worker (private mode, blocked by policy): the site still works online.
    });
  });
}
