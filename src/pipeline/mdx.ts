import type { Article, ArticleData, ArticleMeta } from "../schema/article.ts";
import type { Block } from "../schema/block.ts";
import { glossaryMentions, type GlossaryMention } from "../timeline/glossary-mentions.ts";
import { paragraphIds } from "./ids.ts";

/**
 * A JavaScript string literal that MDX can only ever read as a string. Braces and angle brackets
 * are escaped too: MDX finds the end of an expression by counting braces before it parses it, and
 * an escaped brace cannot be counted. Seed text therefore never becomes JSX, JS or Markdown.
 */
export function literal(s: string): string {
  return JSON.stringify(s).replace(/[{}<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Control characters cannot stand in an HTML page; each is shown as its Unicode control picture
 * (U+0007 as ␇), one for one, so the reader still sees that something was there and offsets hold.
 */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))));
}

interface Range {
  start: number;
  end: number;
  /** The JSX that opens and closes the element around the range's words. */
  open: string;
  close: string;
  /** Reading order among ranges that start together, after the longest. */
  order: number;
}

function quoteRange(quote: number, start: number, end: number, anchor: boolean): Range {
  // `anchor`: whether this element carries the quotation's id (its first or only segment, unless grouped).
  return { start, end, open: `<Quote q={props.a.quotes[${quote}]} anchor={${anchor}} a={props.a}>`, close: "</Quote>", order: quote };
}

function termRange(m: GlossaryMention, offset: number): Range {
  return { start: offset + m.start, end: offset + m.end, open: `<Term id="${m.term}">`, close: "</Term>", order: Number.MAX_SAFE_INTEGER };
}

/** Inline markup for one block: plain runs as literals, quotations and glossary terms as elements, nested as found. */
function inline(text: string, offset: number, ranges: readonly Range[]): string {
  // Outer ranges first, so that a nested quotation is rendered inside the one that contains it.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  let out = "";
  let pos = offset;
  const stack: Range[] = [];
  const plain = (to: number) => {
    if (to > pos) out += `{${literal(visible(text.slice(pos - offset, to - offset)))}}`;
    pos = Math.max(pos, to);
  };
  const close = (upTo: number) => {
    while (stack.length > 0 && (stack.at(-1) as Range).end <= upTo) {
      const r = stack.pop() as Range;
      plain(r.end);
      out += r.close;
    }
  };
  for (const r of sorted) {
    close(r.start);
    const parent = stack.at(-1);
    // A span that starts inside another but ends outside it cannot be nested; keep its words as text.
    if ((parent && r.end > parent.end) || r.start < pos) continue;
    plain(r.start);
    out += r.open;
    stack.push(r);
  }
  close(Number.POSITIVE_INFINITY);
  plain(offset + text.length);
  return out;
}

/**
 * The page for one article as MDX: one line of JSX per block with every piece of seed text inside
 * a string literal. Its front matter (JSON, which is YAML) holds only the article's small metadata;
 * the quotations come in as the `a` prop (the whole article, joined by src/lib/content.ts), so a
 * long article's data is never parsed as YAML nor compiled into the page's module.
 */
export function toMdx(article: Article, blocks: readonly Block[]): string {
  // A quotation running over several paragraphs is wrapped whole, so its anchor holds all its words.
  const groups = new Map<number, { quote: number; last: number }>();
  const grouped = new Set<number>();
  article.quotes.forEach((q, i) => {
    const first = q.segments[0]?.block ?? 0;
    const last = q.segments.at(-1)?.block ?? first;
    const free = !Array.from({ length: last - first + 1 }, (_, k) => first + k).some((b) => grouped.has(b));
    if (last > first && free) {
      groups.set(first, { quote: i, last });
      for (let b = first; b <= last; b++) grouped.add(b);
    }
  });
  const groupedQuotes = new Set([...groups.values()].map((g) => g.quote));
  const byBlock = new Map<number, Range[]>();
  article.quotes.forEach((q, i) => {
    q.segments.forEach((s, part) => {
      const list = byBlock.get(s.block) ?? [];
      list.push(quoteRange(i, s.start, s.end, part === 0 && !groupedQuotes.has(i)));
      byBlock.set(s.block, list);
    });
  });

  // The first mention of each glossary term in the article's text links to its explanation.
  const named = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== "paragraph" && b.kind !== "dek") continue;
    const quotes = byBlock.get(b.index) ?? [];
    for (const m of glossaryMentions(b.text, article.language)) {
      const [start, end] = [b.start + m.start, b.start + m.end];
      // A link may sit inside a quotation or outside it, never across its edge.
      const straddles = quotes.some((q) => start < q.end && end > q.start && !(start >= q.start && end <= q.end));
      if (named.has(m.term) || straddles) continue;
      named.add(m.term);
      const list = byBlock.get(b.index) ?? [];
      list.push(termRange(m, b.start));
      byBlock.set(b.index, list);
    }
  }

  const lines: string[] = [];
  let closeGroupAt = -1;
  const body = blocks.filter((b) => b.kind !== "title");
  const ids = paragraphIds(body.map((b) => b.text));
  for (const [i, b] of body.entries()) {
    const g = groups.get(b.index);
    if (g) {
      lines.push(`<QuoteGroup q={props.a.quotes[${g.quote}]} a={props.a}>`);
      closeGroupAt = g.last;
    }
    lines.push(`<Block kind="${b.kind}" id="${ids[i]}" line={${b.line}}>${inline(b.text, b.start, byBlock.get(b.index) ?? [])}</Block>`);
    if (b.index === closeGroupAt) {
      lines.push("</QuoteGroup>");
      closeGroupAt = -1;
    }
  }
  const head = [
    "---",
    JSON.stringify(articleMeta(article), null, 2),
    "---",
    "",
    'import Block from "/src/components/Block.astro";',
    'import Quote from "/src/components/Quote.astro";',
    'import QuoteGroup from "/src/components/QuoteGroup.astro";',
    'import Term from "/src/components/Term.astro";',
    "",
  ];
  return `${head.join("\n")}\n${lines.join("\n\n")}\n`;
}

/** The front matter of an article's page: everything that does not grow with its length. */
export function articleMeta(article: Article): ArticleMeta {
  const { quotes: _q, terms: _t, removed: _r, removedQuotes: _rq, ...meta } = article;
  return meta;
}

/** The JSON written beside an article's page: everything that grows with its length. */
export function articleData(article: Article): string {
  const data: ArticleData = { slug: article.slug, quotes: article.quotes, terms: article.terms, removed: article.removed, removedQuotes: article.removedQuotes };
  return `${JSON.stringify(data)}\n`;
}
