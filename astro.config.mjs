// @ts-check
import mdx from "@astrojs/mdx";
import { resolve, sep } from "node:path";
import { defineConfig } from "astro/config";
import { onTheRecord } from "./src/integration/index.ts";

const seeds = resolve(process.env.SEEDS_DIR ?? "seeds");
const content = resolve(process.env.CONTENT_DIR ?? "src/content/articles");
const scratch = `${sep}.tmp${sep}`;

/**
 * Whether `astro dev` leaves a path unwatched: the scratch folder of tests and benchmarks can hold
 * hundreds of thousands of files, past the system's limit of file watchers. Not the seeds or the
 * content being served, nor the folders that lead to them.
 * @param {string} path
 */
function unwatched(path) {
  const p = resolve(path);
  if (!p.includes(scratch)) return false;
  const served = [seeds, content].some((dir) => p === dir || p.startsWith(dir + sep) || dir.startsWith(p + sep));
  return !served;
}

// SITE_URL and BASE_PATH let the same build be deployed at a domain root or under a sub-path;
// SEEDS_DIR and CONTENT_DIR build another folder of seeds into another content folder (the tests
// use them so that their builds never touch the project's own generated pages).
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  integrations: [onTheRecord({ seeds: process.env.SEEDS_DIR ?? "seeds", content: process.env.CONTENT_DIR ?? "src/content/articles" }), mdx()],
  build: { format: "directory" },
  // Scripts always as files, never inlined: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: unwatched } } },
});
