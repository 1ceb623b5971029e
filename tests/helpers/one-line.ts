import { article } from "../../bench/corpus.ts";

/** Five megabytes: the single-line seed of the hostile corpus. */
export const ONE_LINE_BYTES = 5_000_000;

/**
 * At least `bytes` of article text with every line break lost, as scrapers and copy-paste produce
 * it: the real seeds' paragraphs, recombined and joined by spaces into one line.
 */
export function oneLineArticle(bytes: number): string {
  // Joining drops the blank lines between paragraphs: ask for a little more to stay above `bytes`.
  return article(Math.ceil(bytes * 1.02), 11).replace(/\s*\n\s*/gu, " ").trim();
}
