// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { onTheRecord } from "./src/integration/index.ts";

// SITE_URL and BASE_PATH let the same build be deployed at a domain root or under a sub-path;
// SEEDS_DIR builds another folder of seeds (the tests use it for hostile fixtures).
export default defineConfig({
  site: process.env.SITE_URL,
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  integrations: [onTheRecord({ seeds: process.env.SEEDS_DIR ?? "seeds" }), mdx()],
  build: { format: "directory" },
});
