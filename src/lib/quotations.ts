import type { Article } from "../schema/article.ts";
import type { Quote } from "../schema/quote.ts";
import { people } from "../data/people.ts";
import { slugify } from "../pipeline/slug.ts";

/** A quotation with the article it belongs to, as the indexes list it. */
export interface Listed {
  q: Quote;
  a: Article;
  /** Position in its article, the last tie-breaker. */
  n: number;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Every quotation of the site, newest first; same day by article, then reading order. */
export function listQuotations(articles: readonly Article[]): Listed[] {
  // The same words by the same speaker quoted twice in one article (a letter quoting a post) are
  // listed once; both places keep their anchors on the article page.
  const seen = new Set<string>();
  const once = (a: Article, q: Quote) => {
    const key = `${a.seed}\u0000${q.speaker?.id ?? ""}\u0000${q.text.replace(/\s+/gu, " ").trim().toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return articles
    .flatMap((a) => a.quotes.map((q, n) => ({ q, a, n })).filter(({ a, q }) => once(a, q)))
    .sort(
      (x, y) =>
        (y.q.date ?? "").localeCompare(x.q.date ?? "") ||
        collator.compare(x.a.seed, y.a.seed) ||
        (x.a.seed < y.a.seed ? -1 : x.a.seed > y.a.seed ? 1 : 0) ||
        x.n - y.n,
    );
}

/** Who a speaker is, from the registry when it knows them, else from what the articles said. */
export interface Profile {
  id: string;
  name: string;
  type: "person" | "organisation";
  role: string | null;
  organisation: string | null;
  country: string | null;
  quotes: Listed[];
}

export function profiles(listed: readonly Listed[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const l of listed) {
    const s = l.q.speaker;
    // "le procureur" of one story is not the one of another: only named speakers have a profile.
    if (!s || s.unnamed) continue;
    let p = byId.get(s.id);
    if (!p) {
      const known = people.find((e) => e.id === s.id);
      p = {
        id: s.id,
        name: known?.name ?? s.name,
        type: known?.type ?? s.type,
        role: known?.role ?? s.role,
        organisation: known?.organisation ?? s.organisation,
        country: known?.country ?? null,
        quotes: [],
      };
      byId.set(s.id, p);
    }
    p.quotes.push(l);
  }
  return [...byId.values()].sort((x, y) => collator.compare(x.name, y.name) || (x.id < y.id ? -1 : 1));
}

/** The filters the quotations index offers, each a page of its own so they work without JavaScript. */
export interface Facet {
  slug: string;
  label: string;
  kind: "year" | "language" | "organisation";
  test: (l: Listed) => boolean;
}

export function facets(listed: readonly Listed[]): Facet[] {
  const years = [...new Set(listed.map((l) => l.q.date?.slice(0, 4)).filter((y): y is string => !!y))].sort();
  const orgs = [...new Set(listed.map((l) => l.q.speaker?.organisation).filter((o): o is string => !!o))].sort(collator.compare);
  return [
    // `year-2022`, not `2022`: bare numbers are the index's own page numbers (/quotes/2/).
    ...years.map((y): Facet => ({ slug: `year-${y}`, label: y, kind: "year", test: (l) => l.q.date?.startsWith(y) ?? false })),
    { slug: "english", label: "In English", kind: "language", test: (l) => l.a.language === "en" },
    { slug: "french", label: "In French", kind: "language", test: (l) => l.a.language === "fr" },
    ...orgs.map((o): Facet => ({ slug: `org-${slugify(o)}`, label: o, kind: "organisation", test: (l) => l.q.speaker?.organisation === o })),
  ];
}

/** Quotations per page of the index: pages stay small however large the site grows. */
export const PAGE_SIZE = 100;
