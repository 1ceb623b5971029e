/**
 * The Content-Security-Policy of every page. No inline script runs (JSON-LD is data, not run);
 * Pagefind needs WebAssembly compilation and a worker; nothing loads from another host.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Astro inlines small stylesheets; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
