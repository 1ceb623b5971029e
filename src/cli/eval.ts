/**
 * `npm run eval [-- --gold PATH] [--json]`: scores the quotations of the seeds against the hand-made
 * gold, twice: the automatic extractor alone (no sidecar corrections) and the published result
 * (with them). Lists what the gold lacks, since the gold may be incomplete.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Gold, scoreSeed, total, type SeedScore } from "../eval/score.ts";
import { loadSeeds } from "../integration/seeds.ts";

const args = process.argv.slice(2);
const goldPath = args.includes("--gold") ? (args[args.indexOf("--gold") + 1] as string) : join(import.meta.dirname, "../../../shared/eval/gold-seeds.json");
const gold = Gold.parse(JSON.parse(readFileSync(goldPath, "utf8")));
const seedsDir = join(import.meta.dirname, "../../seeds");

const published = await loadSeeds(seedsDir);
if (published.errors.length > 0) throw new Error(published.errors.map((e) => e.message).join("\n"));

function score(pickAuto: boolean): SeedScore[] {
  return published.seeds
    .filter((s) => gold.seeds[s.article.seed])
    .map((s) => {
      const quotes = s.article.quotes
        .map((q) => ({ id: q.id, text: q.text, speaker: q.speaker?.name ?? null, attribution: q.attribution }))
        // The automatic score must not see editors' work: an editorial credit counts as none.
        .map((q) => (pickAuto && q.attribution === "editorial" ? { ...q, speaker: null } : q));
      return scoreSeed(s.article.seed, gold.seeds[s.article.seed]?.quotes ?? [], quotes);
    });
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)} %`);
function report(title: string, scores: SeedScore[]): void {
  console.log(`\n## ${title}\n`);
  console.log("| seed | quotes right | partials right | `not` as speech | not in gold |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const s of scores) {
    console.log(`| ${s.seed} | ${s.quotes.right}/${s.quotes.total} (found ${s.quotes.found}) | ${s.partials.right}/${s.partials.total} (found ${s.partials.found}) | ${s.notAsSpeech.length} | ${s.extra.length} |`);
  }
  const t = total(scores);
  console.log(`| **overall** | **${t.quotes[0]}/${t.quotes[1]} = ${pct(...t.quotes)}** | **${t.partials[0]}/${t.partials[1]} = ${pct(...t.partials)}** | **${t.notAsSpeech}** | **${t.extra}** |`);
  for (const s of scores) {
    for (const m of [...s.quotes.misses, ...s.partials.misses]) console.log(`- miss ${s.seed}: ${m}`);
    for (const n of s.notAsSpeech) console.log(`- \`not\` reported as speech ${s.seed}: ${n}`);
  }
}

if (args.includes("--json")) {
  console.log(JSON.stringify({ automatic: score(true), published: score(false) }, null, 2));
} else {
  report("Automatic (no sidecar corrections)", score(true));
  report("Published (with sidecar corrections)", score(false));
  console.log("\n## Found but not in the gold\n");
  for (const s of score(false)) for (const f of s.extra) console.log(`- ${s.seed} ${f.id}: “${f.text.slice(0, 90)}” — ${f.speaker ?? "nobody"}`);
}
