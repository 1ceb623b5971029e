import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { extractQuotes } from "../../src/pipeline/attribute.ts";
import type { Attributed } from "../../src/schema/attributed.ts";
import { toBlocks } from "../helpers/blocks.ts";

interface Gold {
  has: string;
  speaker: string | null;
  kind: "quote" | "partial" | "not";
}
interface GoldSeed {
  language: "en" | "fr";
  quotes: Gold[];
}

const GOLD = JSON.parse(readFileSync("/work/shared/eval/gold-seeds.json", "utf8")) as { seeds: Record<string, GoldSeed> };
const SEEDS = join(import.meta.dirname, "../../seeds");

const norm = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
const bare = (s: string) => norm(s).replace(/[^\p{L}\p{N}' ]+/gu, "").trim();

function credited(quotes: readonly Attributed[], g: Gold): boolean {
  return quotes.some(
    (q) => norm(q.text).includes(norm(g.has)) &&
      (g.speaker === null || (q.speaker !== null && norm(q.speaker.name).includes(norm(g.speaker)))),
  );
}

/** A non-quotation reported as someone's words: the span is (about) just those words, with a speaker. */
function misreported(quotes: readonly Attributed[], g: Gold): boolean {
  return quotes.some((q) => q.speaker !== null && bare(q.text) === bare(g.has));
}

function score(name: string) {
  const seed = GOLD.seeds[name] as GoldSeed;
  const text = readFileSync(join(SEEDS, `${name}.txt`), "utf8");
  const { quotes } = extractQuotes(toBlocks(text), seed.language, people);
  const of = (kind: Gold["kind"]) => seed.quotes.filter((g) => g.kind === kind);
  return {
    quotes: of("quote").map((g) => ({ g, ok: credited(quotes, g) })),
    partials: of("partial").map((g) => ({ g, ok: credited(quotes, g) })),
    nots: of("not").map((g) => ({ g, bad: misreported(quotes, g) })),
  };
}

describe("extractQuotes on the five seeds against the hand-made gold", () => {
  const names = Object.keys(GOLD.seeds).sort(new Intl.Collator("en").compare);
  const results = names.map((n) => ({ n, ...score(n) }));
  const all = <T>(f: (r: (typeof results)[number]) => T[]) => results.flatMap(f);

  for (const r of results) {
    it(`seed ${r.n}: every gold quotation is credited to the gold speaker`, () => {
      expect(r.quotes.filter((x) => !x.ok).map((x) => x.g.has)).toEqual([]);
    });
    it(`seed ${r.n}: no gold non-quotation is reported as someone's quote`, () => {
      expect(r.nots.filter((x) => x.bad).map((x) => x.g.has)).toEqual([]);
    });
  }

  it("quotations credited to the right speaker: at least 95% overall", () => {
    const q = all((r) => r.quotes);
    expect(q.filter((x) => x.ok).length / q.length).toBeGreaterThanOrEqual(0.95);
  });

  it("partial quotations credited: at least 80% overall", () => {
    const p = all((r) => r.partials);
    const missed = p.filter((x) => !x.ok).map((x) => x.g.has);
    expect(p.filter((x) => x.ok).length / p.length, `missed: ${missed.join(" | ")}`).toBeGreaterThanOrEqual(0.8);
  });
});
