/**
 * The edit loop: `astro dev` on a copy of a synthetic corpus; a paragraph is appended to one seed
 * and the article's page is fetched until it shows the new words. Time from the write to the
 * first response that has them.
 */
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { BENCH, ROOT } from "./measure.ts";

export interface DevLoop {
  articles: number;
  /** Server start until the first article page answered, in seconds. */
  firstPageSeconds: number;
  /** Each save-to-updated-page time, in milliseconds. */
  editsMs: number[];
  medianMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchText(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

export async function benchDevLoop(seedsFrom: string, articles: number, edits = 3, port = 4391): Promise<DevLoop> {
  const dir = join(BENCH, `dev-${articles}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(seedsFrom, join(dir, "seeds"), { recursive: true });
  const seed = join(dir, "seeds", readdirSync(join(dir, "seeds")).filter((f) => f.endsWith(".txt")).sort()[0] as string);
  const env = {
    ...process.env,
    TZ: "UTC",
    SEEDS_DIR: relative(ROOT, join(dir, "seeds")),
    CONTENT_DIR: relative(ROOT, join(dir, "content")),
    BENCH_CACHE_DIR: relative(ROOT, join(dir, "cache")),
  };
  const t0 = performance.now();
  const child = spawn(join(ROOT, "node_modules/.bin/astro"), ["dev", "--config", "bench/astro.bench.config.mjs", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  try {
    // The page of the edited seed: its slug is the name of the MDX file that records its seed.
    let slug: string | undefined;
    while (!slug) {
      if (performance.now() - t0 > 600_000) throw new Error(`astro dev did not write its pages:\n${log.slice(-2000)}`);
      await sleep(200);
      const content = join(dir, "content");
      const stem = seed.split("/").at(-1)?.replace(/\.txt$/, "");
      try {
        // Pages only: the content folder also holds a folder of data.
        slug = readdirSync(content).filter((f) => f.endsWith(".mdx")).find((f) => readFileSync(join(content, f), "utf8").includes(`"seed": "${stem}"`))?.replace(/\.mdx$/, "");
      } catch {
        /* not written yet */
      }
    }
    const url = `http://127.0.0.1:${port}/articles/${slug}/`;
    while ((await fetchText(url)) === null) {
      if (performance.now() - t0 > 600_000) throw new Error(`astro dev did not serve ${url}:\n${log.slice(-2000)}`);
      await sleep(200);
    }
    const firstPageSeconds = (performance.now() - t0) / 1000;
    const editsMs: number[] = [];
    for (let k = 1; k <= edits; k++) {
      const marker = `Benchmarkmarker${k}zq`;
      const start = performance.now();
      appendFileSync(seed, `\nAn editor added this sentence, ${marker}, to time the edit loop.\n`);
      for (;;) {
        const html = await fetchText(url);
        if (html?.includes(marker)) break;
        if (performance.now() - start > 120_000) throw new Error(`the page never showed edit ${k}:\n${log.slice(-2000)}`);
        await sleep(50);
      }
      editsMs.push(performance.now() - start);
      await sleep(1000);
    }
    const sorted = [...editsMs].sort((a, b) => a - b);
    return { articles, firstPageSeconds, editsMs, medianMs: sorted[Math.floor(sorted.length / 2)] as number };
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}
