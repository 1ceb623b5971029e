import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, site } from "../helpers/site.ts";

/**
 * Builds the real site (twice, to compare) and a site of hostile fixtures with the real `astro
 * build`, once for the whole test run. REUSE_BUILD=1 keeps sites already built, for quick reruns.
 */
function build(outDir: string, seeds: string): void {
  if (process.env.REUSE_BUILD === "1" && existsSync(join(outDir, "index.html"))) return;
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: seeds, TZ: "UTC" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export default function setup(): void {
  // Hostile first: the real seeds' pages must be what is left in src/content afterwards.
  build(site.hostile, "tests/fixtures/sites/hostile/seeds");
  build(site.again, "seeds");
  build(site.main, "seeds");
}
