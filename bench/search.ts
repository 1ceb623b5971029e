import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { launch } from "../tests/helpers/browser.ts";
import { article } from "./corpus.ts";

const ROOT = join(import.meta.dirname, "..");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

export interface SearchBytes {
  query: string;
  results: number;
  /** Everything Pagefind fetched for the search, by part. */
  pagefind: { runtime: number; meta: number; filters: number; index: number; fragments: number; total: number };
  /** The search page itself: HTML, CSS and the site's scripts. */
  page: number;
  requests: number;
}

/** A static server that counts the bytes of every file it sends, by path. */
async function countingServer(dir: string) {
  const sent = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    sent.set(path, (sent.get(path) ?? 0) + statSync(file).size);
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sent, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * Bytes fetched for one search in Chromium, cold (no HTTP cache, no service worker): the search
 * page opened with a query, until the first page of results is shown. Sizes are the files' own
 * (Pagefind's index files are already gzipped; a host compressing pagefind.js and the worker
 * sends less for the runtime).
 */
export async function measureSearch(siteDir: string, query: string): Promise<SearchBytes> {
  const [browser, server] = await Promise.all([launch(), countingServer(siteDir)]);
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator(".search-status", { hasText: /results? for|No results/ }).waitFor({ timeout: 60_000 });
    const results = await page.locator(".search-result").count();
    await context.close();
    const part = (re: RegExp) => [...server.sent].filter(([p]) => re.test(p)).reduce((n, [, b]) => n + b, 0);
    const pagefind = {
      runtime: part(/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z]+\.pagefind)$/),
      meta: part(/\/pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/),
      filters: part(/\/pagefind\/filter\//),
      index: part(/\/pagefind\/index\//),
      fragments: part(/\/pagefind\/fragment\//),
      total: part(/\/pagefind\//),
    };
    return { query, results, pagefind, page: part(/^(?!.*\/pagefind\/)/), requests: server.sent.size };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Builds a site of `count` synthetic articles (one in ten in French) with the real `astro build`
 * into `.tmp/bench/site-<count>`, unless it is there already; returns its folder.
 */
export function buildSyntheticSite(count: number, rebuild = false): string {
  const base = join(ROOT, ".tmp/bench");
  const out = join(base, `site-${count}`);
  if (!rebuild && existsSync(join(out, "pagefind/pagefind-entry.json"))) return out;
  const seeds = join(base, `seeds-${count}`);
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(seeds, `${String(i).padStart(5, "0")}.txt`), article(3_000, i + 1, i % 10 === 9 ? "fr" : "en"));
  }
  rmSync(out, { recursive: true, force: true });
  execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--outDir", out], {
    cwd: ROOT,
    // The integration takes these relative to the project.
    env: { ...process.env, SEEDS_DIR: `.tmp/bench/seeds-${count}`, CONTENT_DIR: `.tmp/bench/content-${count}`, TZ: "UTC" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return out;
}
