import { extractArticle } from "../src/pipeline/extract.ts";
import { article } from "./corpus.ts";

export interface ExtractRow {
  megabytes: number;
  /** The first run on this text, after the warm-up: word lookups for a new text still to fill. */
  coldMs: number;
  /** The median of the runs after it: the steady rate the extractor itself runs at. */
  ms: number;
  mbPerSecond: number;
  quotes: number;
}

/** Runs per size after the first; the median of them is reported. */
export const RUNS = 3;
/** At most this many warm-up runs; warm once a run is no more than 5 % faster than the one before. */
const WARM_RUNS_MAX = 8;
const WARM_STEADY = 0.95;

/**
 * Extraction throughput on one core for single texts of growing size; linear cost keeps MB/s flat.
 * A single timed run mostly measures how far the JIT has got: each size is run once cold, then
 * `RUNS` more times, and the median of those gives the rate.
 */
export function benchExtract(sizesMb: readonly number[]): ExtractRow[] {
  // Warm-up on a text of its own, so the first size does not pay for compiling the extractor. Two runs
  // were not enough: the JIT was still optimising through the first size's runs, which then read up to ~40 %
  // slower per MB than the next size's. It runs until a run is no longer clearly faster than the one before.
  const warm = article(1_000_000, 1);
  let before = Infinity;
  for (let i = 0; i < WARM_RUNS_MAX; i++) {
    const t0 = performance.now();
    extractArticle(warm, "warm");
    const ms = performance.now() - t0;
    if (i >= 1 && ms > before * WARM_STEADY) break;
    before = ms;
  }
  return sizesMb.map((mb) => {
    const text = article(mb * 1_000_000, 42);
    const bytes = Buffer.byteLength(text);
    const times: number[] = [];
    let quotes = 0;
    for (let i = 0; i <= RUNS; i++) {
      const t0 = performance.now();
      const { article: a } = extractArticle(text, "bench");
      times.push(performance.now() - t0);
      quotes = a.quotes.length;
    }
    const coldMs = times[0] as number;
    const steady = times.slice(1).sort((a, b) => a - b);
    const ms = steady[Math.floor(steady.length / 2)] as number;
    return { megabytes: bytes / 1e6, coldMs, ms, mbPerSecond: bytes / 1e6 / (ms / 1000), quotes };
  });
}
