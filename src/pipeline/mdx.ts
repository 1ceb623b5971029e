import type { Article } from "../schema/article.ts";
import type { Block } from "../schema/block.ts";
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
  quote: number;
  start: number;
  end: number;
  /** Whether this element carries the quotation's anchor id (its first or only segment, when not grouped). */
  anchor: boolean;
}

/** Inline markup for one block: plain runs as literals, quotation segments as <Quote>, nested as found. */
function inline(text: string, offset: number, ranges: readonly Range[]): string {
  // Outer ranges first, so that a nested quotation is rendered inside the one that contains it.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || a.quote - b.quote);
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
      out += "</Quote>";
    }
  };
  for (const r of sorted) {
    close(r.start);
    const parent = stack.at(-1);
    // A span that starts inside another but ends outside it cannot be nested; keep its words as text.
    if ((parent && r.end > parent.end) || r.start < pos) continue;
    plain(r.start);
    out += `<Quote q={frontmatter.quotes[${r.quote}]} anchor={${r.anchor}} a={frontmatter}>`;
    stack.push(r);
  }
  close(Number.POSITIVE_INFINITY);
  plain(offset + text.length);
  return out;
}

/**
 * The page for one article as MDX. Metadata is JSON front matter (JSON is YAML); the body is one
 * line of JSX per block with every piece of seed text inside a string literal.
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
      list.push({ quote: i, start: s.start, end: s.end, anchor: part === 0 && !groupedQuotes.has(i) });
      byBlock.set(s.block, list);
    });
  });

  const lines: string[] = [];
  let closeGroupAt = -1;
  const body = blocks.filter((b) => b.kind !== "title");
  const ids = paragraphIds(body.map((b) => b.text));
  for (const [i, b] of body.entries()) {
    const g = groups.get(b.index);
    if (g) {
      lines.push(`<QuoteGroup q={frontmatter.quotes[${g.quote}]} a={frontmatter}>`);
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
    JSON.stringify(article, null, 2),
    "---",
    "",
    'import Block from "/src/components/Block.astro";',
    'import Quote from "/src/components/Quote.astro";',
    'import QuoteGroup from "/src/components/QuoteGroup.astro";',
    "",
  ];
  return `${head.join("\n")}\n${lines.join("\n\n")}\n`;
}
