// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { onTheRecord } from "./src/integration/index.ts";

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
  vite: { build: { assetsInlineLimit: 0 } },
});
