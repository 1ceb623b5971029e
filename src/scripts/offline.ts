/**
 * Registers the service worker that keeps the whole site, its search included, readable offline
 * after one visit. Under `astro dev` there is no `sw.js`, so registering fails quietly; the check
 * is not on `import.meta.env.PROD`, which this Astro 7 build folded to false in client bundles.
 */
const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {
      // No worker (private mode, blocked by policy): the site still works online.
    });
  });
}
