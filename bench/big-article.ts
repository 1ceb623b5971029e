import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { article } from "./corpus.ts";

const ROOT = join(import.meta.dirname, "..");

export interface BigRow {
  megabytes: number;
  seconds: number;
  peakMemoryMb: number;
  /** Peak of the same build with a one-paragraph article: what Astro, Vite and Pagefind cost anyway. */
  baselinePeakMb: number;
  /** Memory the article itself costs, per megabyte of its text: (peak - baseline) / size. */
  mbPerInputMb: number;
  ok: boolean;
}

/** Wall time and peak resident memory (GNU time) of `astro build` on one seed. */
function timedBuild(name: string, text: string): { seconds: number; peakMemoryMb: number; ok: boolean } {
  const dir = join(ROOT, `.tmp/bench/${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "seeds"), { recursive: true });
  writeFileSync(join(dir, "seeds/big.txt"), text);
  const rel = (p: string) => join(`.tmp/bench/${name}`, p);
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", join(ROOT, "node_modules/.bin/astro"), "build", "--outDir", rel("dist")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SEEDS_DIR: rel("seeds"), CONTENT_DIR: rel("content") },
    maxBuffer: 1 << 26,
  });
  const last = run.stderr.trim().split("\n").at(-1) ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  return { seconds: seconds ?? NaN, peakMemoryMb: (kb ?? NaN) / 1024, ok: run.status === 0 };
}

/**
 * Builds a site of one synthetic article of `mb` megabytes with the real `astro build`, and the
 * same site with a one-paragraph article, so the article's own memory can be told from the tools'.
 */
export function benchBigArticle(mb: number): BigRow {
  const baseline = timedBuild("big-baseline", article(2_000, 7));
  const big = timedBuild(`big-${mb}`, article(mb * 1_000_000, 7));
  return { megabytes: mb, ...big, baselinePeakMb: baseline.peakMemoryMb, mbPerInputMb: (big.peakMemoryMb - baseline.peakMemoryMb) / mb, ok: big.ok && baseline.ok };
}
