import { resolve, sep } from "node:path";
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { serveDevSearch } from "./dev-search.ts";
import { writeDiscovery } from "./discovery.ts";
import { indexTag, stampIndexTag, writeServiceWorker } from "./offline-build.ts";
import { indexSite } from "./pagefind.ts";
import { generate, type ExtractionCache, type LoadedSeed } from "./seeds.ts";

/**
 * Runs the seed pipeline before Astro reads its content, again whenever a seed changes under
 * `astro dev`, and indexes the built site with Pagefind when the build ends (its pages, plus a
 * record per quotation and timeline event), then writes the service worker for offline reading.
 * Under `astro dev` the dev server serves an in-memory Pagefind index of the seeds.
 */
export interface Options {
  /** Folder of seeds, relative to the project root. */
  seeds?: string;
  /** Folder the generated MDX pages go to; must match the content collection's base. */
  content?: string;
}

export function onTheRecord(options: Options = {}): AstroIntegration {
  let seedsDir = "";
  let outDir = "";
  let base = "/";
  let site: string | undefined;
  let seeds: LoadedSeed[] = [];
  let cache: ExtractionCache | undefined;
  return {
    name: "on-the-record",
    hooks: {
      "astro:config:setup": async ({ config, logger, command }) => {
        // Relative to the project, or absolute (`SEEDS_DIR=/tmp/seeds`): path.resolve takes either.
        const root = fileURLToPath(config.root);
        seedsDir = `${resolve(root, options.seeds ?? "seeds")}${sep}`;
        outDir = `${resolve(root, options.content ?? "src/content/articles")}${sep}`;
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        site = config.site;
        const t0 = performance.now();
        // Under `astro dev` a save re-extracts only the seed that changed; a build extracts once anyway.
        if (command === "dev") cache = new Map();
        seeds = await generate(seedsDir, outDir, cache);
        logger.info(`${seeds.length} seeds → ${seeds.reduce((n, s) => n + s.article.quotes.length, 0)} quotations in ${Math.round(performance.now() - t0)} ms`);
      },
      "astro:server:setup": ({ server, logger }) => {
        server.watcher.add(seedsDir);
        const search = serveDevSearch(server, base, () => seeds, (m) => logger.error(`dev search: ${m}`));
        const rerun = async (path: string) => {
          if (!path.startsWith(seedsDir)) return;
          try {
            seeds = await generate(seedsDir, outDir, cache);
            search.invalidate();
            logger.info(`regenerated pages after a change to ${path.slice(seedsDir.length)}`);
          } catch (e) {
            // A broken seed while editing is reported, not fatal: the last good pages stay up.
            logger.error(e instanceof Error ? e.message : String(e));
          }
        };
        server.watcher.on("change", rerun);
        server.watcher.on("add", rerun);
        server.watcher.on("unlink", rerun);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Before the service worker, which then caches the feed and sitemap like any other file.
        const listed = await writeDiscovery(dist, site, base, seeds.map((s) => s.article));
        logger.info(site ? `sitemap.xml lists ${listed} pages; rss.xml ${seeds.length} articles` : "no SITE_URL: sitemap.xml, rss.xml and canonical URLs left out");
        const t0 = performance.now();
        const indexed = await indexSite(dist, seeds);
        logger.info(`Pagefind indexed ${indexed.pages} pages, ${indexed.quotations} quotations, ${indexed.events} events in ${Math.round(performance.now() - t0)} ms`);
        const t1 = performance.now();
        const tag = await indexTag(dist);
        await stampIndexTag(dist, tag);
        const sw = await writeServiceWorker(dist, base, tag);
        logger.info(`service worker ${sw.version}: ${sw.urls} files, ${Math.round(sw.bytes / 1024)} KB for offline reading, in ${Math.round(performance.now() - t1)} ms`);
      },
    },
  };
}
