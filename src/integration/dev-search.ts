import type { ServerResponse } from "node:http";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import type { ViteDevServer } from "vite";
import type { LoadedSeed } from "./seeds.ts";
import { customRecords } from "./pagefind.ts";
import { articleFilters } from "./search-records.ts";

const TYPES: Record<string, string> = {
  js: "text/javascript",
  json: "application/json",
  css: "text/css",
};

/**
 * Under `astro dev` there are no built pages to crawl, so each article becomes a record made from
 * its text (the built site indexes the rendered page instead), next to the same quotation records
 * as the build. Results therefore match the build's, with plainer excerpts for articles.
 */
export function articleRecord(seed: LoadedSeed): CustomRecord {
  const a = seed.article;
  return {
    url: `/articles/${a.slug}/`,
    content: seed.blocks.filter((b) => b.kind !== "title").map((b) => b.text).join("\n"),
    language: a.language,
    meta: { title: a.title, kind: "article", date: a.published ?? "" },
    filters: articleFilters(a),
    sort: a.published ? { date: a.published } : {},
  };
}

/** Pagefind's whole bundle for these seeds, in memory: path under `pagefind/` → bytes. */
export async function buildDevIndex(seeds: readonly LoadedSeed[]): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const records = [...seeds.map(articleRecord), ...customRecords(seeds, [])];
    for (const r of records) await index.addCustomRecord(r);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not build its index: ${fileErrors.join("; ")}`);
    return new Map(files.map((f) => [f.path.replace(/^\/+/, ""), f.content]));
  } finally {
    await pagefind.close();
  }
}

/**
 * Serves a Pagefind index of the current seeds at `<base>pagefind/` from the dev server, rebuilt
 * on the first request after a seed changes, so search works in `astro dev` as in the build.
 */
export function serveDevSearch(server: ViteDevServer, base: string, seeds: () => readonly LoadedSeed[], onError: (message: string) => void): { invalidate: () => void } {
  let files: Promise<Map<string, Uint8Array>> | null = null;
  const prefix = `${base}pagefind/`;
  server.middlewares.use((req, res: ServerResponse, next) => {
    const path = new URL(req.url ?? "/", "http://dev").pathname;
    if (!path.startsWith(prefix)) return next();
    files ??= buildDevIndex(seeds());
    files.then(
      (map) => {
        const body = map.get(decodeURIComponent(path.slice(prefix.length)));
        if (!body) {
          res.statusCode = 404;
          res.end("not in the dev search index");
          return;
        }
        res.setHeader("Content-Type", TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream");
        res.setHeader("Cache-Control", "no-store");
        res.end(body);
      },
      (e: unknown) => {
        files = null;
        const message = e instanceof Error ? e.message : String(e);
        onError(message);
        res.statusCode = 500;
        res.end(message);
      },
    );
  });
  return { invalidate: () => (files = null) };
}
