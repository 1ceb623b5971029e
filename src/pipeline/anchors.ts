import { createHash } from "node:crypto";
import type { Article } from "../schema/article.ts";
import type { AnchorEntry, ArticleAnchors } from "../schema/anchors.ts";
import type { Quote } from "../schema/quote.ts";

/** The words a link promises, hashed: white space and Unicode forms folded, nothing else. */
export function wordsHash(words: string): string {
  return createHash("sha256").update(words.normalize("NFC").replace(/\s+/gu, " ").trim()).digest("hex").slice(0, 16);
}

function tokens(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  return dice(new Set(tokens(a)), new Set(tokens(b)));
}

function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 1;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Words changed this much or less still count as the same quotation, corrected. */
const SAME_QUOTATION = 0.6;

function entryFor(q: Quote, lands: string): AnchorEntry {
  return {
    hash: wordsHash(q.text),
    exact: q.context.exact,
    prefix: q.context.prefix,
    suffix: q.context.suffix,
    speaker: q.speaker?.name ?? null,
    lands,
    revised: q.revised?.date ?? null,
    previous: q.revised?.previous ?? null,
    removed: null,
  };
}

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

interface Claim {
  id: string;
  entry: AnchorEntry;
  /** Set when this build found the words changed. */
  revisedNow: { date: string; previous: string } | null;
}

/**
 * Keeps every published link of one article landing on its words. A quotation whose words are
 * unchanged keeps the id it was published under, whatever else changed; a quotation whose words
 * were corrected gets an id from its new words and keeps the old one as an alias, and says so; a
 * quotation that is gone leaves a notice where its link lands. New ids are registered. `today`
 * (YYYY-MM-DD) dates the changes first seen in this build.
 */
export function reconcileAnchors(
  article: Article,
  previous: ArticleAnchors | undefined,
  today: string,
): { article: Article; anchors: ArticleAnchors } {
  const entries = Object.entries(previous?.anchors ?? {}).sort(byKey);
  const claims = new Map<number, Claim[]>();
  const claim = (i: number, c: Claim) => claims.set(i, [...(claims.get(i) ?? []), c]);
  const free = (i: number) => !claims.has(i);
  // Quotations by the hash of their words, so each published link finds its own in one lookup.
  const byHash = new Map<string, number[]>();
  article.quotes.forEach((q, i) => {
    const h = wordsHash(q.text);
    byHash.set(h, [...(byHash.get(h) ?? []), i]);
  });
  const gone: [string, AnchorEntry][] = [];
  const unmatched: [string, AnchorEntry][] = [];

  // First the links whose words are still there, preferring the quotation that has that id now.
  for (const [id, e] of entries) {
    if (e.removed !== null) {
      gone.push([id, e]);
      continue;
    }
    const same = byHash.get(e.hash) ?? [];
    const pick = same.find((i) => article.quotes[i]?.id === id) ?? same.find(free) ?? same[0];
    if (pick === undefined) unmatched.push([id, e]);
    else claim(pick, { id, entry: e, revisedNow: null });
  }
  // Then links whose words were corrected: the most similar unclaimed quotation, if similar enough.
  const words = new Map<number, Set<string>>();
  const wordsOf = (i: number) => words.get(i) ?? (words.set(i, new Set(tokens(article.quotes[i]?.text ?? ""))), words.get(i) as Set<string>);
  for (const [id, e] of unmatched) {
    let best = -1;
    let bestScore = SAME_QUOTATION;
    const exact = new Set(tokens(e.exact));
    article.quotes.forEach((q, i) => {
      if (!free(i)) return;
      const sameContext = q.context.prefix === e.prefix && q.context.suffix === e.suffix;
      const score = sameContext ? 1 : dice(wordsOf(i), exact);
      if (free(i) && score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) claim(best, { id, entry: e, revisedNow: { date: today, previous: e.previous ?? e.exact } });
    else gone.push([id, { ...e, removed: today }]);
  }

  const taken = new Set(entries.map(([id]) => id));
  const quotes: Quote[] = article.quotes.map((q, i) => {
    const mine = claims.get(i) ?? [];
    const kept = mine.filter((c) => c.revisedNow === null).map((c) => c.id);
    let id = kept.includes(q.id) ? q.id : (kept[0] ?? q.id);
    // A new id never reuses one published for other words.
    for (let n = 2; !mine.some((c) => c.id === id) && taken.has(id); n++) id = `${q.id}-r${n}`;
    taken.add(id);
    const carried = mine.find((c) => c.entry.revised !== null);
    const revised =
      mine.find((c) => c.revisedNow)?.revisedNow ??
      (carried ? { date: carried.entry.revised as string, previous: carried.entry.previous ?? carried.entry.exact } : null);
    return { ...q, id, aliases: mine.map((c) => c.id).filter((a) => a !== id).sort(), revised };
  });

  const anchors: Record<string, AnchorEntry> = {};
  for (const q of quotes) {
    const entry = entryFor(q, q.id);
    anchors[q.id] = entry;
    for (const a of q.aliases) anchors[a] = entry;
  }
  for (const [id, e] of gone) anchors[id] = { ...e, lands: null };

  const removedQuotes = gone
    .sort(byKey)
    .map(([id, e]) => ({ id, text: e.exact, speaker: e.speaker, removed: e.removed ?? today }));
  const slugs = [...new Set([...(previous?.slugs ?? []), article.slug])].sort();
  return {
    article: { ...article, quotes, removedQuotes, oldSlugs: slugs.filter((s) => s !== article.slug) },
    anchors: { slugs, anchors: Object.fromEntries(Object.entries(anchors).sort(byKey)) },
  };
}
