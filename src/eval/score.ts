import { z } from "astro/zod";

/** The hand-made gold: for each seed, distinctive words of each quoted span and who said them. */
export const Gold = z.object({
  seeds: z.record(
    z.string(),
    z.object({
      language: z.string(),
      quotes: z.array(z.object({ has: z.string(), speaker: z.string().nullable(), kind: z.enum(["quote", "partial", "not"]) })),
    }),
  ),
});
export type Gold = z.infer<typeof Gold>;
export type GoldQuote = Gold["seeds"][string]["quotes"][number];

/** What the scorer needs of a found quotation. */
export interface Found {
  id: string;
  text: string;
  speaker: string | null;
}

export interface SeedScore {
  seed: string;
  quotes: { total: number; found: number; right: number; misses: string[] };
  partials: { total: number; found: number; right: number; misses: string[] };
  /** Gold `not` spans reported as someone's speech. */
  notAsSpeech: string[];
  /** Quotations found that the gold does not list (the gold may be incomplete). */
  extra: Found[];
}

function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

const contains = (text: string, has: string) => ` ${fold(text)} `.includes(` ${fold(has)} `);
// A gold speaker of null means no one can be named from the text: crediting nobody is then right.
const rightSpeaker = (f: Found, g: GoldQuote) =>
  g.speaker === null ? f.speaker === null : f.speaker !== null && f.speaker.toLowerCase().includes(g.speaker.toLowerCase());

/**
 * Scores one seed's quotations against its gold: a gold entry is found when a quotation's words
 * contain its `has` words, and right when the speaker's name contains the gold surname.
 */
export function scoreSeed(seed: string, gold: readonly GoldQuote[], found: readonly Found[]): SeedScore {
  const tally = (kind: "quote" | "partial") => {
    const want = gold.filter((g) => g.kind === kind);
    const misses: string[] = [];
    let hit = 0;
    let right = 0;
    for (const g of want) {
      const matches = found.filter((f) => contains(f.text, g.has));
      if (matches.length > 0) hit++;
      if (matches.some((f) => rightSpeaker(f, g))) right++;
      else misses.push(`${g.has} → ${g.speaker ?? "nobody"} (got ${matches.map((f) => f.speaker ?? "nobody").join(", ") || "not found"})`);
    }
    return { total: want.length, found: hit, right, misses };
  };
  const nots = gold.filter((g) => g.kind === "not");
  return {
    seed,
    quotes: tally("quote"),
    partials: tally("partial"),
    notAsSpeech: nots.filter((g) => found.some((f) => fold(f.text) === fold(g.has) && f.speaker !== null)).map((g) => g.has),
    extra: found.filter((f) => !gold.some((g) => contains(f.text, g.has))),
  };
}

/** Sums of seed scores, for the overall line. */
export function total(scores: readonly SeedScore[]): { quotes: [number, number]; partials: [number, number]; notAsSpeech: number; extra: number } {
  return {
    quotes: [scores.reduce((n, s) => n + s.quotes.right, 0), scores.reduce((n, s) => n + s.quotes.total, 0)],
    partials: [scores.reduce((n, s) => n + s.partials.right, 0), scores.reduce((n, s) => n + s.partials.total, 0)],
    notAsSpeech: scores.reduce((n, s) => n + s.notAsSpeech.length, 0),
    extra: scores.reduce((n, s) => n + s.extra.length, 0),
  };
}
