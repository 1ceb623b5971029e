import type { Mode, Span } from "../schema/quote.ts";
import type { Entity } from "./entities.ts";
import { outerSpanLanguage, previousInSentence } from "./spans.ts";
import { NAME, readsAsClause, wordCount } from "./terms.ts";
import { lettersAndDigits } from "./tokens.ts";

/**
 * What attribution decided for one span, before it becomes a quote or a term. Made with `new`:
 * decisions live as long as the article, and V8 throws away the optimised code that makes
 * long-lived object literals once it notices them.
 */
export class Decision {
  declare readonly entity: Entity | null;
  declare readonly cue: string | null;
  declare readonly mode: Mode | null;
  declare readonly method: string;
  declare readonly when: string | null;
  /** Reason when the span is a term rather than a quotation. */
  declare readonly term: string | null;

  constructor(d: { entity: Entity | null; cue: string | null; mode: Mode | null; method: string; when: string | null; term: string | null }) {
    this.entity = d.entity;
    this.cue = d.cue;
    this.mode = d.mode;
    this.method = d.method;
    this.when = d.when;
    this.term = d.term;
  }
}

/** Methods whose credit came from a cue the text gives for that very quotation. */
const EXPLICIT = new Set(["cue-after", "cue-before", "cue-inside", "cue-before-sentence-subject", "according-to", "speech-noun", "cue-after-unknown-verb", "cue-after-inverted", "colon-subject", "subject-quote", "subject-naming", "embed"]);
/** Terms that only lack a speaker may turn out to be someone's words quoted elsewhere. */
const UPGRADABLE = new Set(["no speaker", "nested", "title"]);
/** Fewer words than this are too common to match by ("yes", "no choice"). */
const MIN_WORDS = 3;
/** A group's echoed words count from this many characters ("appalled", not "no"). */
const MIN_ECHO = 6;
/** How many credited quotations an index entry keeps (the earliest, in reading order). */
const POSTINGS = 16;

interface Credit {
  text: string;
  dec: Decision;
  start: number;
  end: number;
}

function norm(text: string): string {
  return lettersAndDigits(text);
}

/** The word trigrams of a normalised text. */
function trigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k + 2 < words.length; k++) out.push(`${words[k]} ${words[k + 1]} ${words[k + 2]}`);
  return out;
}

/**
 * The same words quoted twice are the same person's: a headline's fragment, a pull quote, a
 * repeated phrase take the credit of the quotation that has an explicit cue.
 */
export function repeatPass(spans: readonly Span[], decisions: (Decision | undefined)[]): void {
  sentencePass(spans, decisions);
  namePass(spans, decisions);
  const exact = new Map<string, Credit[]>();
  // Credited quotations by word trigram, so finding the ones that contain a fragment never scans them all.
  const byTrigram = new Map<string, Credit[]>();
  // Each span's words are normalised when first asked: a term's, or words credited on weak evidence, never are.
  const norms = new Array<string | undefined>(spans.length);
  const normOf = (i: number): string => (norms[i] ??= norm((spans[i] as Span).text));
  // Named speakers' quotations, a continuation's too, for a group's short echoes.
  const named: Credit[] = [];
  // Continuations by their words: a pull quote no one is credited with takes the credit of its exact copy.
  const carried = new Map<string, Credit>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    const dec = decisions[i];
    if (dec === undefined || dec.entity === null) continue;
    const explicit = EXPLICIT.has(dec.method);
    if (!explicit && dec.method !== "continuation") continue;
    const t = normOf(i);
    const c = { text: t, dec, start: s.segments[0]?.start ?? 0, end: s.segments[s.segments.length - 1]?.end ?? 0 };
    if (!dec.entity.described) named.push(c);
    if (!explicit) {
      if (!carried.has(t)) carried.set(t, c);
      continue;
    }
    const same = exact.get(t);
    if (same !== undefined) {
      // The same words credited again: the index already leads to their first copy.
      if (same.length < 4) same.push(c);
      continue;
    }
    exact.set(t, [c]);
    for (const g of trigrams(t.split(" "))) {
      const list = byTrigram.get(g);
      if (list === undefined) byTrigram.set(g, [c]);
      else if (list.length < POSTINGS && list[list.length - 1] !== c) list.push(c);
    }
  }
  // Built only for an article with a group's short echo in it.
  let byWord: Map<string, Credit[]> | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    const dec = decisions[i];
    if (dec === undefined) continue;
    const at = s.segments[0]?.start ?? 0;
    // "Council chiefs said they were “appalled”" and, later, a councillor's "I'm appalled": a group or a
    // body stood for the one of them whose words its lead-in quotes.
    const group = dec.term === null && dec.entity !== null && dec.entity.described && (dec.entity.plural || dec.entity.type === "organisation");
    if (group) {
      const t = normOf(i);
      if (t.length < MIN_ECHO) continue;
      byWord ??= wordIndex(named);
      const source = echoOf(t, t.split(" "), at, byWord);
      if (source !== undefined) decisions[i] = new Decision({ entity: source.entity, cue: null, mode: source.mode, method: "repeated", when: null, term: null });
      continue;
    }
    const open = dec.term !== null ? UPGRADABLE.has(dec.term) : dec.entity === null || dec.method === "continuation";
    // Split only now: most quotations are credited already, and their words are never looked at.
    if (!open) continue;
    const t = normOf(i);
    const words = t.split(" ");
    if (words.length < MIN_WORDS) continue;
    // A quotation nested in another is not a repeat of it: the outer speaker quotes someone else.
    const outside = (c: Credit) => at < c.start || at >= c.end;
    let source = exact.get(t)?.find(outside)?.dec;
    // "«Héma-Québec cherche toujours…»" over the headline, the same words later going on Paul Ménard's: an exact copy,
    // though only a continuation credits it, says more than a longer quotation that holds the words ("This is our home
    // too").
    if (source === undefined && dec.term === null && dec.entity === null) {
      const copy = carried.get(t);
      if (copy !== undefined && outside(copy)) source = copy.dec;
    }
    // A fragment of a credited quotation (a headline's excerpt) takes its credit; a longer span
    // merely containing a credited phrase does not: the phrase may be quoted by someone else.
    if (source === undefined && dec.method !== "continuation") source = (containing(t, words, byTrigram, outside) ?? nearly(words, byTrigram, outside))?.dec;
    if (source === undefined || source === dec) continue;
    decisions[i] = new Decision({ entity: source.entity, cue: null, mode: source.mode, method: "repeated", when: null, term: null });
  }
}

/**
 * "SNSM : qui sont ces sauveteurs, « anges gardiens de la mer » ?" above "ils sont surnommés les « anges gardiens
 * de la mer »": words the text gives as a name are that name wherever they are quoted, unless a cue of their own
 * credits them.
 */
function namePass(spans: readonly Span[], decisions: (Decision | undefined)[]): void {
  let names: Set<string> | undefined;
  for (let i = 0; i < spans.length; i++) if (decisions[i]?.term === NAME) (names ??= new Set()).add(norm((spans[i] as Span).text));
  if (names === undefined) return;
  for (let i = 0; i < spans.length; i++) {
    const dec = decisions[i];
    if (dec === undefined || dec.term !== null || EXPLICIT.has(dec.method) || !names.has(norm((spans[i] as Span).text))) continue;
    decisions[i] = new Decision({ entity: null, cue: null, mode: null, method: "term", when: null, term: NAME });
  }
}

/**
 * The first credited quotation (in reading order) whose words contain `t`, looked up through the
 * rarest of `t`'s trigrams. A fragment cut inside a word ("ing the rules") is matched by its
 * whole-word trigrams; the substring test then checks the rest.
 */
function containing(t: string, words: readonly string[], byTrigram: ReadonlyMap<string, readonly Credit[]>, outside: (c: Credit) => boolean): Credit | undefined {
  const grams = trigrams(words);
  // The first and last words may be cut: only inner trigrams are sure to be whole words.
  const inner = grams.length > 2 ? grams.slice(1, -1) : [];
  let best: readonly Credit[] | undefined;
  for (const g of inner.length > 0 ? inner : grams) {
    const list = byTrigram.get(g);
    if (list === undefined) {
      if (inner.length > 0) return undefined;
      continue;
    }
    if (best === undefined || list.length < best.length) best = list;
  }
  if (best === undefined) return undefined;
  return best.find((c) => c.text.includes(t) && outside(c));
}

/** Fewest words a pull quote edited by a word or two is matched from. */
const MIN_EDITED_WORDS = 6;
/** How many words of the quotation a pull quote may have left out. */
const MAX_LEFT_OUT = 2;

/**
 * "On n’est pas en zone inondable, c’est vraiment une catastrophe" as a pull quote of "…, on n’est pas en
 * zone inondable, donc c’est vraiment une catastrophe": the first credited quotation sharing a trigram
 * with `words` that holds them all in order with at most MAX_LEFT_OUT words left out between.
 */
function nearly(words: readonly string[], byTrigram: ReadonlyMap<string, readonly Credit[]>, outside: (c: Credit) => boolean): Credit | undefined {
  if (words.length < MIN_EDITED_WORDS) return undefined;
  const seen = new Set<Credit>();
  let first: Credit | undefined;
  for (const g of trigrams(words)) {
    for (const c of byTrigram.get(g) ?? []) {
      if (seen.has(c) || (first !== undefined && c.start >= first.start)) continue;
      seen.add(c);
      // A quotation shorter than the pull quote cannot hold it.
      if (c.text.length < words.length * 2 || !outside(c)) continue;
      if (inOrder(words, c.text.split(" "))) first = c;
    }
  }
  return first;
}

/** Whether `words` stand in `text` in order, from where the first does, with at most MAX_LEFT_OUT others between. */
function inOrder(words: readonly string[], text: readonly string[]): boolean {
  for (let from = text.indexOf(words[0] as string); from >= 0; from = text.indexOf(words[0] as string, from + 1)) {
    let k = from + 1;
    let skipped = 0;
    let w = 1;
    for (; w < words.length && k < text.length && skipped <= MAX_LEFT_OUT; k++) {
      if (text[k] === words[w]) w++;
      else skipped++;
    }
    if (w === words.length && skipped <= MAX_LEFT_OUT) return true;
  }
  return false;
}

/** Credited quotations of named speakers by word, for the short echoes of a group's lead-in. */
function wordIndex(named: readonly Credit[]): Map<string, Credit[]> {
  const out = new Map<string, Credit[]>();
  // Read by index: it runs once, over every word the named speakers said, too seldom for V8 to make an
  // iterator loop allocate nothing, and an iterator's result per word was most of what it allocated.
  for (let i = 0; i < named.length; i++) {
    const c = named[i] as Credit;
    const words = c.text.split(" ");
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      const posting = out.get(w);
      if (posting === undefined) out.set(w, [c]);
      // A word said twice in one quotation is posted once: its posting then already ends on it.
      else if (posting.length < POSTINGS && posting[posting.length - 1] !== c) posting.push(c);
    }
  }
  return out;
}

/** Words that deny what follows them: "It is not completely unacceptable", "Nobody has been betrayed". */
const DENIALS = new Set(["not", "never", "no", "nobody", "nothing", "t", "pas", "jamais", "ni", "aucun", "aucune", "personne", "rien"]);
/** How many words before an echo a denial may stand. */
const DENIAL_REACH = 4;

/**
 * The credit of the one named speaker whose words, later in the article, hold `t` whole and do not
 * deny it. None when several named speakers use the words: the lead-in may echo any of them.
 */
function echoOf(t: string, words: readonly string[], at: number, byWord: ReadonlyMap<string, readonly Credit[]>): Decision | undefined {
  let list: readonly Credit[] | undefined;
  for (const w of words) {
    const posting = byWord.get(w);
    if (posting === undefined) return undefined;
    if (list === undefined || posting.length < list.length) list = posting;
  }
  // A full posting list may have left out another speaker's use of the words.
  if (list === undefined || list.length >= POSTINGS) return undefined;
  const padded = ` ${t} `;
  let found: Credit | undefined;
  for (const c of list) {
    if (c.start <= at) continue;
    const text = ` ${c.text} `;
    const k = text.indexOf(padded);
    if (k < 0) continue;
    if (found !== undefined && found.dec.entity !== c.dec.entity) return undefined;
    if (text.slice(0, k).trim().split(" ").slice(-DENIAL_REACH).some((w) => DENIALS.has(w))) return undefined;
    found ??= c;
  }
  return found?.dec;
}

/** How far back (in spans, nested ones included) the quotation before one in its sentence may lie. */
const SENTENCE_LOOKBACK = 8;

/**
 * A short span filed as a term for want of a cue may still be someone's words:
 * - a clause (a subject pronoun, a finite auxiliary: `« La planète a parlé »`) is speech; terms are
 *   noun phrases. Only outermost quotations: a nested one is the quoted speaker quoting.
 * - a span a few words after someone's quotation in the same sentence is more of their words:
 *   `déposé “dès janvier” et voté “dans les meilleurs délais”`, `warned of "a lost decade" and
 *   "a broken promise"`. Single words stay terms: a lone scare-quoted word is the writer's.
 * Either takes the credit of the quotation before it in the sentence, if any.
 */
function sentencePass(spans: readonly Span[], decisions: (Decision | undefined)[]): void {
  for (let i = 0; i < spans.length; i++) {
    const dec = decisions[i];
    if (dec === undefined || dec.term !== "no speaker") continue;
    const s = spans[i] as Span;
    const language = outerSpanLanguage(s);
    if (language === undefined) continue;
    const prev = previousInSentence(s);
    let before: Decision | undefined;
    if (prev !== undefined) {
      for (let k = i - 1; k >= 0 && k >= i - SENTENCE_LOOKBACK; k--) {
        if (spans[k] !== prev) continue;
        const p = decisions[k];
        if (p !== undefined && p.term === null) before = p;
        break;
      }
    }
    const clause = readsAsClause(s.text, language);
    if (!clause && (before === undefined || wordCount(s.text) < 2)) continue;
    const entity = before?.entity ?? null;
    decisions[i] = new Decision({ entity, cue: null, mode: before?.mode ?? null, method: entity === null ? "none" : "same-sentence", when: before?.when ?? null, term: null });
  }
}
