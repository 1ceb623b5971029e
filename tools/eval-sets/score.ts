/**
 * `node tools/eval-sets/score.ts SETDIR...`: scores the extractor on hand-made sets of real articles kept outside
 * the repository (their text is the publishers'), each a folder of article files and a gold.json as BRIEF.md
 * describes. Prints, per set and in all, quotations found with the right speaker, span F1 and quoted strings that
 * are no one's words reported as speech; with V=1, one line per wrong, missed or extra quotation.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { extractArticle } from "../../src/pipeline/extract.ts";
import { readSeed } from "../../src/pipeline/read.ts";

const GoldQuote = z.object({ text: z.string(), has: z.string(), speaker: z.string(), kind: z.enum(["quote", "not"]) });
const Gold = z.object({ articles: z.array(z.object({ file: z.string(), quotes: z.array(GoldQuote) })) });

/** Case, accents, quotation marks and spacing aside. */
function norm(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘]/gu, "'").replace(/["“”«»]/gu, "").replace(/\s+/gu, " ").trim().toLowerCase();
}
const words = (s: string) => new Set(norm(s).match(/[\p{L}\p{N}_]+/gu) ?? []);
const initials = (name: string) => (name.match(/[\p{L}\p{N}_]+/gu) ?? []).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/**
 * Whether a speaker matches the gold's: its surname or body name inside the name found; an acronym for a body named in
 * full ("CCG"); for "?the mayor", a speaker left unnamed, or one whose name holds the role's last word.
 */
function speakerOk(gold: string, name: string | null, unnamed: boolean): boolean {
  const found = norm(name ?? "");
  if (/^[A-Z]{2,6}$/u.test(gold) && initials(name ?? "").includes(gold)) return true;
  if (gold.startsWith("?")) {
    const role = norm(gold.slice(1)).split(" ");
    return found === "" || unnamed || found.includes(role[role.length - 1] ?? "\u0000");
  }
  return found !== "" && found.includes(norm(gold));
}

const verbose = process.env.V === "1";
const total = { q: 0, right: 0, found: 0, nots: 0, notSpeech: 0, ext: 0, extOk: 0 };
const f1 = (t: typeof total) => {
  const p = t.ext === 0 ? 1 : t.extOk / t.ext;
  const r = t.q === 0 ? 1 : t.found / t.q;
  return p + r === 0 ? 0 : (200 * p * r) / (p + r);
};
for (const dir of process.argv.slice(2)) {
  const goldPath = join(dir, "gold.json");
  if (!existsSync(goldPath)) continue;
  const gold = Gold.parse(JSON.parse(readFileSync(goldPath, "utf8")));
  const t = { q: 0, right: 0, found: 0, nots: 0, notSpeech: 0, ext: 0, extOk: 0 };
  for (const a of gold.articles) {
    const file = join(dir, a.file);
    const { article } = extractArticle(readSeed(readFileSync(file), file), basename(file).replace(/\.[^.]+$/u, ""), {});
    const got = article.quotes;
    const tag = `${basename(dir)} ${a.file}`;
    for (const g of a.quotes) {
      const hit = got.find((q) => norm(q.text).includes(norm(g.has)));
      if (g.kind === "not") {
        t.nots++;
        if (hit?.speaker != null && !hit.speaker.unnamed) {
          t.notSpeech++;
          if (verbose) console.log(`NOTSPEECH ${tag} ${JSON.stringify(g.has)} -> ${hit.speaker.name}`);
        }
        continue;
      }
      t.q++;
      if (hit === undefined) {
        if (verbose) console.log(`MISS ${tag} ${JSON.stringify(g.has)} (${g.speaker})`);
        continue;
      }
      t.found++;
      if (speakerOk(g.speaker, hit.speaker?.name ?? null, hit.speaker?.unnamed === true)) t.right++;
      else if (verbose) console.log(`WRONG ${tag} ${JSON.stringify(g.has)} gold=${g.speaker} got=${hit.speaker?.name ?? null}`);
    }
    const quotes = a.quotes.filter((g) => g.kind === "quote");
    for (const q of got) {
      t.ext++;
      const own = words(q.text);
      const ok = quotes.some((g) => norm(q.text).includes(norm(g.has)) || (own.size > 0 && [...own].filter((w) => words(g.text).has(w)).length / own.size >= 0.6));
      if (ok) t.extOk++;
      else if (verbose) console.log(`EXTRA ${tag} ${JSON.stringify(q.text.slice(0, 70))} -> ${q.speaker?.name ?? null}`);
    }
  }
  console.log(`${basename(dir)}: right ${t.right}/${t.q} found ${t.found} F1 ${f1(t).toFixed(1)} not-as-speech ${t.notSpeech}/${t.nots}`);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += t[k];
}
console.log(`TOTAL right ${total.right}/${total.q} = ${((100 * total.right) / Math.max(total.q, 1)).toFixed(1)}% found ${total.found} span-F1 ${f1(total).toFixed(1)} not-as-speech ${total.notSpeech}/${total.nots}`);
