import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { generate } from "./seeds.ts";
import { indexSite } from "./pagefind.ts";

/**
 * Runs the seed pipeline before Astro reads its content, again whenever a seed changes under
 * `astro dev`, and indexes the built site with Pagefind when the build ends.
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
  return {
    name: "on-the-record",
    hooks: {
      "astro:config:setup": async ({ config, logger }) => {
        seedsDir = fileURLToPath(new URL(`./${(options.seeds ?? "seeds").replace(/\/?$/, "/")}`, config.root));
        outDir = fileURLToPath(new URL(`./${(options.content ?? "src/content/articles").replace(/\/?$/, "/")}`, config.root));
        const seeds = await generate(seedsDir, outDir);
        logger.info(`${seeds.length} seeds → ${seeds.reduce((n, s) => n + s.article.quotes.length, 0)} quotations`);
      },
      "astro:server:setup": ({ server, logger }) => {
        server.watcher.add(seedsDir);
        const rerun = async (path: string) => {
          if (!path.startsWith(seedsDir)) return;
          try {
            await generate(seedsDir, outDir);
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
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages`);
      },
    },
  };
}
