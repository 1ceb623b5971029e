import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What a page costs to load, gzipped as a static host serves it (gzip level 6, the usual
 * default): its HTML, the stylesheets it links, and the scripts it runs on load, with every module
 * they import statically. Modules loaded later on demand (Pagefind's runtime and index, fetched
 * when a search runs) are counted apart, as `lazyJs`.
 */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  lazyJs: number;
  /** Every file counted, site-relative, with its gzipped size. */
  files: { file: string; gzip: number; kind: "html" | "css" | "js" | "lazy-js" }[];
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).byteLength;

/** Site-relative file of a root-relative URL under `base`. */
function fileOf(url: string, base: string): string | null {
  if (!url.startsWith(base)) return null;
  return url.slice(base.length).replace(/[?#].*$/, "");
}

/** Static imports of an ES module (`import"./x.js"`, `from"./x.js"`), and dynamic ones (`import("./y.js")`). */
export function moduleImports(source: string): { static: string[]; dynamic: string[] } {
  const stat = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
  const dyn = [...source.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)].map((m) => m[1]!);
  return { static: stat, dynamic: dyn };
}

export function pageWeight(dist: string, pageFile: string, base = "/"): PageWeight {
  const html = readFileSync(join(dist, pageFile), "utf8");
  const files: PageWeight["files"] = [{ file: pageFile, gzip: gz(html), kind: "html" }];
  const seen = new Set<string>();
  const add = (file: string, kind: "css" | "js" | "lazy-js") => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const text = readFileSync(join(dist, file));
    files.push({ file, gzip: gz(text), kind });
    if (kind === "css") return;
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    const resolve = (spec: string) => (spec.startsWith("/") ? fileOf(spec, base) : new URL(spec, `http://x/${dir}`).pathname.slice(1));
    const imports = moduleImports(text.toString("utf8"));
    for (const s of imports.static) {
      const f = resolve(s);
      if (f) add(f, kind);
    }
    for (const s of imports.dynamic) {
      const f = resolve(s);
      if (f) add(f, "lazy-js");
    }
  };
  for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)) {
    const f = fileOf(m[1]!, base);
    if (f) add(f, "css");
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const f = fileOf(m[1]!, base);
    if (f) add(f, "js");
  }
  const sum = (kind: string) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { html: sum("html"), css: sum("css"), js: sum("js"), lazyJs: sum("lazy-js"), files };
}

/** Budgets, in bytes gzipped, per kind of page. Article pages exclude search (its index loads only on /search/). */
export const BUDGETS = {
  article: { htmlCss: 20 * 1024, js: 5 * 1024 },
  home: { htmlCss: 16 * 1024, js: 5 * 1024 },
  timeline: { htmlCss: 20 * 1024, js: 30 * 1024 },
  search: { htmlCss: 8 * 1024, js: 10 * 1024 },
  /** Every other page: lists of quotations and people, glossary, 404. */
  other: { htmlCss: 20 * 1024, js: 5 * 1024 },
} as const;

export type PageKind = keyof typeof BUDGETS;

export function kindOf(pageFile: string): PageKind {
  if (pageFile === "index.html") return "home";
  if (/^articles\/[^/]+\/index\.html$/.test(pageFile)) return "article";
  if (pageFile === "timeline/index.html") return "timeline";
  if (pageFile === "search/index.html") return "search";
  return "other";
}
