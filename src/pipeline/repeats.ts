import type { Mode, Span } from "../schema/quote.ts";
import type { Entity } from "./entities.ts";

/** What attribution decided for one span, before it becomes a quote or a term. */
export interface Decision {
  entity: Entity | null;
  cue: string | null;
  mode: Mode | null;
  method: string;
  when: string | null;
  /** Reason when the span is a term rather than a quotation. */
  term: string | null;
}

/** Methods whose credit came from a cue the text gives for that very quotation. */
const EXPLICIT = new Set(["cue-after", "cue-before", "cue-before-sentence-subject", "according-to", "speech-noun", "cue-after-unknown-verb", "embed"]);
/** Terms that only lack a speaker may turn out to be someone's words quoted elsewhere. */
const UPGRADABLE = new Set(["no speaker", "nested", "title"]);
/** Fewer words than this are too common to match by ("yes", "no choice"). */
const MIN_WORDS = 3;
/** Containment is quadratic; past this many spans only identical words are matched. */
const CONTAINMENT_LIMIT = 3000;

interface Credit {
  text: string;
  dec: Decision;
  start: number;
  end: number;
}

function norm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The same words quoted twice are the same person's: a headline's fragment, a pull quote, a
 * repeated phrase take the credit of the quotation that has an explicit cue.
 */
export function repeatPass(spans: readonly Span[], decisions: (Decision | undefined)[]): void {
  const credited: Credit[] = [];
  const exact = new Map<string, Credit[]>();
  spans.forEach((s, i) => {
    const dec = decisions[i];
    if (dec === undefined || dec.entity === null || !EXPLICIT.has(dec.method)) return;
    const t = norm(s.text);
    const c = { text: t, dec, start: s.segments[0]?.start ?? 0, end: s.segments[s.segments.length - 1]?.end ?? 0 };
    credited.push(c);
    exact.set(t, [...(exact.get(t) ?? []), c].slice(0, 4));
  });
  spans.forEach((s, i) => {
    const dec = decisions[i];
    if (dec === undefined) return;
    const open = dec.term !== null ? UPGRADABLE.has(dec.term) : dec.entity === null || dec.method === "continuation";
    if (!open) return;
    const t = norm(s.text);
    if (t.split(" ").length < MIN_WORDS) return;
    const at = s.segments[0]?.start ?? 0;
    // A quotation nested in another is not a repeat of it: the outer speaker quotes someone else.
    const outside = (c: { start: number; end: number }) => at < c.start || at >= c.end;
    let source = exact.get(t)?.find(outside)?.dec;
    // A fragment of a credited quotation (a headline's excerpt) takes its credit; a longer span
    // merely containing a credited phrase does not: the phrase may be quoted by someone else.
    if (source === undefined && dec.method !== "continuation" && spans.length <= CONTAINMENT_LIMIT) {
      source = credited.find((c) => c.text.includes(t) && outside(c))?.dec;
    }
    if (source === undefined || source === dec) return;
    decisions[i] = { entity: source.entity, cue: null, mode: source.mode, method: "repeated", when: null, term: null };
  });
}
