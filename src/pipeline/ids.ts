import { slugify } from "./slug.ts";

export interface IdSource {
  text: string;
  speakerName: string | null;
}

const OPENING_WORDS = 5;

/**
 * Readable anchor ids, `q-<speaker surname>-<opening words>`: a reader can tell from a link whose
 * words it points at. The id depends only on the quotation itself, so edits elsewhere in the
 * article leave it alone; repeats get `-2`, `-3` in reading order.
 */
export function quoteIds(quotes: readonly IdSource[]): string[] {
  const seen = new Map<string, number>();
  return quotes.map((q) => {
    const surname = q.speakerName ? slugify(q.speakerName.split(/\s+/).at(-1) ?? "", 24) : "";
    const words = slugify(q.text.split(/\s+/).slice(0, OPENING_WORDS).join(" "), 48) || "quote";
    const base = ["q", surname, words].filter(Boolean).join("-");
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
