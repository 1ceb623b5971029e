/**
 * One process, one corpus: times reading + extraction (`loadSeeds`) and writing the MDX pages
 * (`writeArticles`) in-process, as the build's integration runs them, and prints one JSON line.
 * Usage: node bench/stages.ts SEEDS_DIR CONTENT_DIR
 */
import { rmSync } from "node:fs";
import { loadSeeds, writeArticles } from "../src/integration/seeds.ts";

const [seedsDir, contentDir] = process.argv.slice(2) as [string, string];
rmSync(contentDir, { recursive: true, force: true });
const t0 = performance.now();
const { seeds, errors } = await loadSeeds(seedsDir, "seeds", "2026-01-01");
const t1 = performance.now();
if (errors.length > 0) throw new Error(`${errors.length} seed errors, first: ${errors[0]?.message}`);
await writeArticles(contentDir, seeds);
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({ articles: seeds.length, quotations: seeds.reduce((n, s) => n + s.article.quotes.length, 0), extractMs: t1 - t0, mdxMs: t2 - t1 })}\n`);
