import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, site } from "../helpers/site.ts";

/**
 * Builds the real site (twice, to compare) and a site of hostile fixtures with the real `astro
 * build`, once for the whole test run. REUSE_BUILD=1 keeps sites already built, for quick reruns.
 */
function build(outDir: string, seeds: string, content: string): void {
  if (process.env.REUSE_BUILD === "1" && existsSync(join(outDir, "index.html"))) return;
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: content, TZ: "UTC" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export default function setup(): void {
  build(site.hostile, "tests/fixtures/sites/hostile/seeds", ".tmp/content/hostile");
  build(site.again, "seeds", ".tmp/content/main");
  build(site.main, "seeds", ".tmp/content/main");
}
