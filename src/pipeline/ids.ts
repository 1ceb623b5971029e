import { slugify } from "./slug.ts";

export interface IdSource {
  text: string;
  speakerName: string | null;
  /** Organisations are named whole ("amnesty-international"), people by surname. */
  speakerType?: "person" | "organisation";
}

const OPENING_WORDS = 5;

/**
 * Readable anchor ids, `q-<speaker surname>-<opening words>`: a reader can tell from a link whose
 * words it points at. The id depends only on the quotation itself, so edits elsewhere in the
 * article leave it alone; repeats get `-2`, `-3` in reading order.
 */
export function quoteIds(quotes: readonly IdSource[]): string[] {
  return numbered(
    quotes.map((q) => {
      const who = q.speakerType === "organisation" ? q.speakerName : q.speakerName?.split(/\s+/).at(-1);
      const surname = who ? slugify(who, 24) : "";
      return ["q", surname, opening(q.text) || "quote"].filter(Boolean).join("-");
    }),
  );
}

/**
 * Paragraph anchors, `p-<opening words>`, for links to evidence that is not a quotation (timeline
 * events cite them). Like quotation ids they depend only on the paragraph's own words.
 */
export function paragraphIds(texts: readonly string[]): string[] {
  return numbered(texts.map((t) => `p-${opening(t) || "paragraph"}`));
}

const FIRST_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){0,${OPENING_WORDS - 1}}\\S*`, "u");

function opening(text: string): string {
  // Only the first words matter: never split a whole paragraph to find them.
  return slugify(FIRST_WORDS.exec(text.slice(0, 400))?.[0] ?? "", 48);
}

/** Repeats of an id get `-2`, `-3`… in reading order. */
function numbered(bases: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
