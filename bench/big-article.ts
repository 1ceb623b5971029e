import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { article } from "./corpus.ts";

const ROOT = join(import.meta.dirname, "..");

export interface BigRow {
  megabytes: number;
  seconds: number;
  peakMemoryMb: number;
  ok: boolean;
}

/**
 * Builds a site of one synthetic article of `mb` megabytes with the real `astro build`, and reads
 * wall time and peak resident memory of the whole build from GNU time.
 */
export function benchBigArticle(mb: number): BigRow {
  const dir = join(ROOT, `.tmp/bench/big-${mb}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "seeds"), { recursive: true });
  writeFileSync(join(dir, "seeds/big.txt"), article(mb * 1_000_000, 7));
  const rel = (p: string) => join(`.tmp/bench/big-${mb}`, p);
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", join(ROOT, "node_modules/.bin/astro"), "build", "--outDir", rel("dist")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SEEDS_DIR: rel("seeds"), CONTENT_DIR: rel("content") },
    maxBuffer: 1 << 26,
  });
  const last = run.stderr.trim().split("\n").at(-1) ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  return { megabytes: mb, seconds: seconds ?? NaN, peakMemoryMb: (kb ?? NaN) / 1024, ok: run.status === 0 };
}
