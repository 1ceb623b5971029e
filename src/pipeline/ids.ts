import { ASCII, SPACE, isSpace } from "./chars.ts";
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
  // An article quotes few speakers many times: each one's slug is made once, by their full name.
  const people = new Map<string, string>();
  const organisations = new Map<string, string>();
  const slugOf = (name: string, organisation: boolean): string => {
    const known = organisation ? organisations : people;
    let slug = known.get(name);
    if (slug === undefined) {
      slug = slugify(organisation ? name : (name.split(/\s+/).at(-1) as string), 24);
      known.set(name, slug);
    }
    return slug;
  };
  return numbered(
    quotes.map((q) => {
      const surname = q.speakerName === null ? "" : slugOf(q.speakerName, q.speakerType === "organisation");
      const words = opening(q.text) || "quote";
      return surname === "" ? `q-${words}` : `q-${surname}-${words}`;
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

/** Where the first `OPENING_WORDS` white-space separated words end, within the first 400 characters. */
function openingEnd(text: string): number {
  const limit = Math.min(text.length, 400);
  let i = 0;
  for (let words = 0; words < OPENING_WORDS && i < limit; ) {
    while (i < limit && spaceAt(text, i)) i++;
    while (i < limit && !spaceAt(text, i)) i++;
    words++;
  }
  return i;
}

/** `isSpace` at `i`, ASCII read from its table inline. */
function spaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? ((ASCII[code] as number) & SPACE) !== 0 : isSpace(code);
}

function opening(text: string): string {
  // Only the first words matter: never split a whole paragraph to find them.
  return slugify(text.slice(0, openingEnd(text)), 48);
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
