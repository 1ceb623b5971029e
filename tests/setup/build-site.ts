import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../src/integration/seeds.ts";
import { arbitraryArticle } from "../helpers/arbitrary-seed.ts";
import { copySeed, mutateSeed } from "../helpers/mutate.ts";
import { ONE_LINE_BYTES, oneLineArticle } from "../helpers/one-line.ts";
import { PUBLISHED, ROOT, site } from "../helpers/site.ts";

/**
 * Builds, with the real `astro build`, once for the whole test run: the real site (twice, to
 * compare, and once more as deployed under a base path with its public origin), a site of hostile
 * fixtures, a site of one 5 MB single-line seed, and a site whose seed was edited after its first
 * publication. REUSE_BUILD=1 keeps sites already built, for quick reruns.
 */
function build(outDir: string, seeds: string, content: string, env: Record<string, string> = {}): void {
  if (process.env.REUSE_BUILD === "1" && existsSync(join(outDir, "index.html"))) return;
  rmSync(outDir, { recursive: true, force: true });
  // Vitest puts NODE_ENV=test and Vite's own variables (BASE_URL "/", MODE, PROD…) in process.env;
  // a child Astro build would take them for its own (a non-production build that ignores
  // BASE_PATH), so they are not passed on: the tests build exactly what `npm run build` does.
  const { NODE_ENV: _n, BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...inherited, SEEDS_DIR: seeds, CONTENT_DIR: content, TZ: "UTC", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Fixture seeds are copied first: a build writes its anchor registry beside the seeds. */
function copyOf(fixture: string, name: string): string {
  const dir = `.tmp/seed-copies/${name}`;
  rmSync(join(ROOT, dir), { recursive: true, force: true });
  cpSync(join(ROOT, fixture), join(ROOT, dir), { recursive: true });
  return dir;
}

export default async function setup(): Promise<void> {
  const hostile = copyOf("tests/fixtures/sites/hostile/seeds", "hostile");
  writeFileSync(join(ROOT, hostile, "arbitrary-unicode.txt"), arbitraryArticle());
  build(site.hostile, hostile, ".tmp/content/hostile");
  const oneLine = ".tmp/seed-copies/one-line";
  rmSync(join(ROOT, oneLine), { recursive: true, force: true });
  mkdirSync(join(ROOT, oneLine), { recursive: true });
  writeFileSync(join(ROOT, oneLine, "one-line.txt"), oneLineArticle(ONE_LINE_BYTES));
  build(site.oneLine, oneLine, ".tmp/content/one-line");
  // The same seeds under another time zone and locale must give the same bytes.
  build(site.again, "seeds", ".tmp/content/main", { TZ: "Pacific/Chatham", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" });
  build(site.main, "seeds", ".tmp/content/main");
  build(site.published, "seeds", ".tmp/content/published", { SITE_URL: PUBLISHED.origin, BASE_PATH: PUBLISHED.base });
  if (!(process.env.REUSE_BUILD === "1" && existsSync(join(site.mutated, "index.html")))) {
    // Published once on 1 January, then edited and rebuilt on 1 February.
    const seeds = join(ROOT, ".tmp/seed-copies/mutated");
    copySeed(seeds);
    process.env.BUILD_DATE = "2026-01-01";
    await generate(seeds, join(ROOT, ".tmp/content/mutated"));
    delete process.env.BUILD_DATE;
    mutateSeed(seeds);
    build(site.mutated, ".tmp/seed-copies/mutated", ".tmp/content/mutated", { BUILD_DATE: "2026-02-01" });
  }
}
