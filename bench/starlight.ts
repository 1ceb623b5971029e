/**
 * The peer: Starlight building the same generated MDX pages. A throwaway project in
 * `.tmp/bench/starlight-N/` gets our generated `.mdx` files in its `docs` collection, each
 * importing its data JSON where our route passes it as a prop (`withImportedData`) (Starlight reads their `title`; the rest of the front matter is what the pages'
 * components read), our components and the modules they import (symlinked); packages resolve to
 * our node_modules (the project sits inside ours; its package.json names Starlight and Astro as
 * dependencies so that Astro bundles them for prerendering, as in a real Starlight project). Starlight's default sidebar lists every page on every page, and it
 * runs its own Pagefind over the result.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH, ROOT, files, siteSize, timed, type SiteSize, type Timed } from "./measure.ts";

/** Folders of our src/ that the generated MDX pages' components need. */
const SHARED = ["components", "lib", "schema", "pipeline", "data", "timeline", "integration", "scripts", "styles"];

export function starlightProject(n: number, mdxDir: string): string {
  const dir = join(BENCH, `starlight-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/content/docs/articles"), { recursive: true });
  // No node_modules of its own: inside the project, packages resolve to ours by walking up.
  for (const d of SHARED) symlinkSync(join(ROOT, "src", d), join(dir, "src", d), "dir");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `starlight-peer-${n}`, private: true, type: "module", dependencies: { "@astrojs/starlight": "*", astro: "*" } }, null, 2)}\n`);
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import starlight from "@astrojs/starlight";\nimport { defineConfig } from "astro/config";\n\nexport default defineConfig({\n  trailingSlash: "always",\n  integrations: [starlight({ title: "On the Record (Starlight peer)" })],\n});\n`,
  );
  writeFileSync(
    join(dir, "src/content.config.ts"),
    `import { defineCollection } from "astro:content";\nimport { docsLoader } from "@astrojs/starlight/loaders";\nimport { docsSchema } from "@astrojs/starlight/schema";\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, "src/content/docs/index.mdx"), `---\ntitle: On the Record\n---\n\nThe same generated article pages, in Starlight.\n`);
  // Starlight renders a page's content with no props, and our pages read their data (quotations,
  // terms) from `props.a`, which our article route passes from the JSON beside each page. The
  // peer imports that JSON instead; nothing else in the page changes.
  mkdirSync(join(dir, "src/peer-data"), { recursive: true });
  for (const f of readdirSync(mdxDir).filter((f) => f.endsWith(".mdx"))) {
    const slug = f.slice(0, -".mdx".length);
    cpSync(join(mdxDir, "data", `${slug}.json`), join(dir, "src/peer-data", `${slug}.json`));
    writeFileSync(join(dir, "src/content/docs/articles", f), withImportedData(readFileSync(join(mdxDir, f), "utf8"), slug));
  }
  return dir;
}

/** The page with its data imported after the front matter and `props.a` read from that import. */
function withImportedData(mdx: string, slug: string): string {
  const end = mdx.indexOf("\n---\n", 4);
  if (!mdx.startsWith("---\n") || end < 0) throw new Error(`bench:peer-front-matter: ${slug}.mdx has no front matter; regenerate the bench corpus.`);
  const head = mdx.slice(0, end + 5);
  return `${head}\nimport peerData from "/src/peer-data/${slug}.json";\n${mdx.slice(end + 5).replaceAll("props.a", "peerData")}`;
}

export interface PeerRun extends Timed {
  site: SiteSize | null;
  /** Quotation elements (our Quote component) on the peer's article pages: the pages really are ours, rendered. */
  quotations: number;
}

export async function buildStarlight(dir: string): Promise<PeerRun> {
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const run = await timed(join(ROOT, "node_modules/.bin/astro"), ["build"], { cwd: dir, env: { ...process.env, TZ: "UTC" } });
  let quotations = 0;
  if (run.ok) {
    // Starlight publishes each page at its front matter's `slug`, so the articles are at /<slug>/.
    for (const f of files(join(dir, "dist")).filter((f) => f.path.endsWith(".html"))) quotations += (readFileSync(join(dir, "dist", f.path), "utf8").match(/ data-quote="/g) ?? []).length;
  }
  return { ...run, site: run.ok ? siteSize(join(dir, "dist")) : null, quotations };
}
