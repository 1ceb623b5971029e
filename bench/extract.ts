import { extractArticle } from "../src/pipeline/extract.ts";
import { article } from "./corpus.ts";

export interface ExtractRow {
  megabytes: number;
  ms: number;
  mbPerSecond: number;
  quotes: number;
}

/** Extraction throughput on one core for single texts of growing size; linear cost keeps MB/s flat. */
export function benchExtract(sizesMb: readonly number[]): ExtractRow[] {
  // One warm-up so the first row does not pay for JIT compilation.
  extractArticle(article(200_000, 1), "warm");
  return sizesMb.map((mb) => {
    const text = article(mb * 1_000_000, 42);
    const bytes = Buffer.byteLength(text);
    const t0 = performance.now();
    const { article: a } = extractArticle(text, "bench");
    const ms = performance.now() - t0;
    return { megabytes: bytes / 1e6, ms, mbPerSecond: bytes / 1e6 / (ms / 1000), quotes: a.quotes.length };
  });
}
