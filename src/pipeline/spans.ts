import type { Block } from "../schema/block.ts";
import type { Language, Segment, Span } from "../schema/quote.ts";
import { findEmbedSignature } from "./embeds.ts";
import { infoOf } from "./words.ts";
import { LN, SIGNATURE_DASHES, classOf } from "./chars.ts";
import { QUOTE_CHARS, doubledMarkAt, markOf, isSpace, type Mark } from "./quote-marks.ts";

/**
 * Quotation spans of an article: one pass over each block, a small stack of open marks.
 * Offsets are UTF-16 positions in the source (block.start + index in block.text), marks excluded.
 */

/** Deeper nesting is noise (runs of unbalanced marks); capping it keeps output linear in size. */
const MAX_DEPTH = 3;

interface Open {
  family: Mark["family"];
  char: string;
  depth: number;
  /** Index in the current block's text just past the mark. */
  from: number;
  /** Segments already completed in earlier blocks (multi-paragraph quotations). */
  done: Segment[];
  texts: string[];
  /** How many spans had been found when this mark opened. */
  found: number;
  /**
   * Where, in the current block, a lone single mark after punctuation may close this double one
   * (`"… from this,' says Bell`); NO_CLOSER when none, NESTED once a single mark opened inside it,
   * whose closing that may be.
   */
  closer: number;
}

/*
 * Segments and spans are made with `new` rather than as object literals: they live as long as the
 * article, and once V8 notices a literal's objects survive it throws away the optimised code that
 * makes them, mid-article. Objects made by a constructor carry no such allocation site.
 */

class FoundSegment implements Segment {
  declare readonly block: number;
  declare readonly start: number;
  declare readonly end: number;

  constructor(block: Block, r: Trimmed) {
    this.block = block.index;
    this.start = block.start + r.start;
    this.end = block.start + r.end;
  }
}

class FoundSpan implements Span {
  declare readonly text: string;
  declare readonly segments: Segment[];
  declare readonly closed: boolean;
  /** Lowered when an enclosing single mark turns out never to close (a stray apostrophe). */
  declare depth: number;
  declare readonly embed: Span["embed"];
  /**
   * Hints for attribution (see `outerSpanLanguage`, `previousInSentence`). Private rather than properties:
   * spans are copied into the published quotations, and a copy leaves these behind. A table keyed by span
   * did the same at the cost of a lookup in it, and of the collector's work on it, per span.
   */
  #language: Language | undefined;
  #previous: Span | undefined;

  constructor(text: string, segments: Segment[], closed: boolean, depth: number, embed: Span["embed"]) {
    this.text = text;
    this.segments = segments;
    this.closed = closed;
    this.depth = depth;
    this.embed = embed;
  }

  /** Records the language an outermost one-block quotation was found in, and the one before it in its sentence. */
  hint(language: Language, previous: Span | undefined): void {
    this.#language = language;
    this.#previous = previous;
  }

  static languageOf(span: Span): Language | undefined {
    return #language in span ? span.#language : undefined;
  }

  static previousOf(span: Span): Span | undefined {
    return #previous in span ? span.#previous : undefined;
  }
}

interface Trimmed {
  start: number;
  end: number;
}

function trimRange(text: string, from: number, to: number): Trimmed {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isWordCode(c: number): boolean {
  return c >= 0 && (classOf(c) & LN) !== 0;
}

/** , . ; : ! ? ) ] … as char codes: punctuation that ends words and never starts a quotation. */
const CLOSING_PUNCT = new Set([44, 46, 59, 58, 33, 63, 41, 93, 0x2026]);

/** . ! ? … as char codes. */
const SENTENCE_END = new Set([46, 33, 63, 0x2026]);
const COMMA = 44;

/** The next quotation mark: the regex engine skips the text between marks far faster than a loop. */
const NEXT_MARK = new RegExp(`[${[...QUOTE_CHARS].join("")}\`]`, "g");

/** The last character before `i` (from `from` on) that is not a space, or -1. */
function lastNonSpaceBefore(text: string, from: number, i: number): number {
  for (let k = i - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (!isSpace(code)) return code;
  }
  return -1;
}

/**
 * The quotation a few words before `span` in its sentence, if any (outermost quotations only): `déposé
 * “dès janvier” et voté “dans les meilleurs délais”`. Only a hint for attribution.
 */
export function previousInSentence(span: Span): Span | undefined {
  return FoundSpan.previousOf(span);
}

/** The article language an outermost one-block quotation was found in; undefined for the others. */
export function outerSpanLanguage(span: Span): Language | undefined {
  return FoundSpan.languageOf(span);
}

/** Longer spans are never short enough to be terms: the hints above are kept only for shorter ones. */
const SHORT_CHARS = 120;
/** At most this many characters, and words, between two quotations of one sentence. */
const GAP_CHARS = 60;
const GAP_WORDS = 5;

/** Whether the text between two quotations (marks included) keeps them in one sentence, a few words apart. */
function sameSentenceGap(text: string, from: number, to: number): boolean {
  if (to - from > GAP_CHARS) return false;
  let words = 0;
  let inWord = false;
  let comma = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // . ! ? … ; : end or break the sentence; a comma may set off a cue (`, said X, `), so it counts as one
    // too, unless it stands alone between the marks: `« A », « B »` lists.
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 59 || c === 58) return false;
    if (c === 44) comma = true;
    if (isSpace(c)) inWord = false;
    else if (!inWord && isWordCode(c)) {
      inWord = true;
      if (++words > GAP_WORDS) return false;
    }
  }
  return !comma || words === 0;
}

/** Subject pronouns a reporting verb may follow right after a closing mark: `,"he said`. */
const CUE_PRONOUNS = new Set(["he", "she", "they", "we", "i", "il", "elle", "ils", "elles", "on"]);
const WORD_AT = /^\p{L}+(?:-\p{L}+)*/u;

/** Whether the words from `at` open a reporting cue: a reporting verb, maybe after a subject pronoun ("said", "he said"). */
function cueFollows(text: string, at: number, language: Language): boolean {
  const first = WORD_AT.exec(text.slice(at, at + 40))?.[0];
  if (first === undefined || !/^\p{Ll}/u.test(first)) return false;
  let word = first;
  if (CUE_PRONOUNS.has(first)) {
    const rest = text.slice(at + first.length, at + first.length + 40);
    const next = /^ (\p{Ll}+)/u.exec(rest)?.[1];
    if (next === undefined) return false;
    word = next;
  }
  return infoOf(word.split("-")[0] as string).verb[language] !== null;
}

class Scanner {
  readonly spans: Span[] = [];
  /** An unclosed quotation waiting to see whether the next paragraph opens with a mark. */
  pending: Open | null = null;
  /** The last outermost one-block quotation emitted, and where it ended in its block's text. */
  private prev: Span | null = null;
  private prevBlock = -1;
  private prevEnd = 0;
  readonly language: Language;

  constructor(language: Language) {
    this.language = language;
  }

  emit(open: Open, block: Block, to: number, closed: boolean): void {
    const r = trimRange(block.text, open.from, to);
    if (open.done.length === 0) {
      // Most quotations lie in one block: no earlier segments to join.
      if (r.end <= r.start) return;
      const span = new FoundSpan(block.text.slice(r.start, r.end), [new FoundSegment(block, r)], closed, open.depth, null);
      this.spans.push(span);
      if (open.depth === 0 && r.end - r.start <= SHORT_CHARS) {
        const prev = this.prev;
        span.hint(this.language, prev !== null && this.prevBlock === block.index && sameSentenceGap(block.text, this.prevEnd, r.start) ? prev : undefined);
      }
      if (open.depth === 0) {
        this.prev = span;
        this.prevBlock = block.index;
        this.prevEnd = r.end;
      }
      return;
    }
    const segments = [...open.done];
    const texts = [...open.texts];
    if (r.end > r.start) {
      segments.push(new FoundSegment(block, r));
      texts.push(block.text.slice(r.start, r.end));
    }
    if (segments.length === 0) return;
    this.spans.push(new FoundSpan(texts.join("\n"), segments, closed, open.depth, null));
  }

  flushPending(): void {
    const p = this.pending;
    this.pending = null;
    if (p === null || p.done.length === 0) return;
    // A single mark left open that no next paragraph reopened was an apostrophe or a slip, not a
    // quotation running on: dropped, as inside one paragraph.
    if (p.family === "single" && p.done.length < 2) {
      this.unnest(p);
      return;
    }
    this.spans.push(new FoundSpan(p.texts.join("\n"), p.done, false, p.depth, null));
  }

  embed(block: Block): boolean {
    const sig = findEmbedSignature(block.text);
    if (sig === null) return false;
    this.flushPending();
    const r = trimRange(block.text, 0, sig.textEnd);
    const embed = { author: sig.author, handle: sig.handle, date: sig.date };
    this.spans.push(new FoundSpan(block.text.slice(r.start, r.end), [new FoundSegment(block, r)], true, 0, embed));
    return true;
  }

  scan(block: Block): void {
    const text = block.text;
    const stack: Open[] = [];
    let i = 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const doubled = doubledMarkAt(text, i);
    const first = doubled ?? markOf(text[i] ?? "");
    if (this.pending !== null) {
      const p = this.pending;
      this.pending = null;
      if (first !== null && first.family === "double" && first.role !== "close" && p.family === "double") {
        const w = doubled !== null ? 2 : 1;
        stack.push({ ...p, from: i + w, closer: NO_CLOSER });
        i += w;
      } else if (first !== null && first.family === "single" && first.role !== "close" && p.family === "single" && doubled === null && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) {
        // Reopened before any word: "'l love all you people…'" is a typo's "I" still.
        stack.push({ ...p, from: i + 1, closer: NO_CLOSER });
        i += 1;
      } else if (first === null && p.family === "double" && closesBeforeOpening(text, i, this.language)) {
        // `"We feel the market will get better. / That will help us," said Arvind Saxena`: the
        // writer did not reopen the quotation, but closes it in this paragraph.
        stack.push({ ...p, from: i, closer: NO_CLOSER });
      } else {
        this.pending = p;
        this.flushPending();
      }
    }
    const from = i;
    for (NEXT_MARK.lastIndex = i; NEXT_MARK.test(text); ) {
      i = NEXT_MARK.lastIndex - 1;
      // ‘’ … ’’, '' … '', `` … '': two single marks standing for one double mark.
      const doubledMark = doubledMarkAt(text, i);
      const w = doubledMark !== null ? 2 : 1;
      const ch = w === 2 ? text.slice(i, i + 2) : (text[i] as string);
      // "6′5″": a double prime after a figure or a prime is inches, no quotation mark.
      const inches = ch === "″" && i > 0 && /[\d′']/.test(text[i - 1] as string);
      const mark = inches ? null : (doubledMark ?? markOf(ch));
      if (mark === null) continue; // a lone backtick
      if (w === 2) NEXT_MARK.lastIndex = i + 2;
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const next = i + w < text.length ? text.charCodeAt(i + w) : -1;
      const prevSpace = prev < 0 || isSpace(prev);
      const nextSpace = next < 0 || isSpace(next);
      // `nouvelle ", raconte X`: a mark before closing punctuation starts nothing, spaced or not.
      const left = !nextSpace && !CLOSING_PUNCT.has(next) && (prevSpace || !isWordCode(prev));
      // `… que ça."Au parc`: a mark glued to the words after a full stop still closes what the stop ends.
      const right = !prevSpace && (nextSpace || !isWordCode(next) || (mark.family === "double" && SENTENCE_END.has(prev)));
      // `“… as we can,"he said`: glued after a comma, a straight mark closes a quotation a curly mark
      // opened (`"Our banner said,"Never again," and…` nests one straight pair in another).
      const afterComma = !prevSpace && prev === COMMA;
      // "We”ve", "won”t": a right double mark typed for an apostrophe inside a contraction.
      if (mark.family === "double" && ch === "”" && isWordCode(prev) && CONTRACTION_TAIL.test(text.slice(i + 1, i + 4))) continue;
      if (ch === "«" && repeatedOpening(text, stack, i)) {
        // The quotation's words start past both.
        (stack[stack.length - 1] as Open).from = i + 1;
        continue;
      }
      if (mark.family === "double") this.double(mark, ch, stack, block, i, w, left, right, lastNonSpaceBefore(text, from, i), afterComma);
      else this.single(mark, ch, stack, block, i, left, right, isWordCode(prev) && isWordCode(next));
    }
    this.endBlock(stack, block);
  }

  double(mark: Mark, ch: string, stack: Open[], block: Block, i: number, w: number, left: boolean, right: boolean, lastNonSpace: number, afterComma: boolean): void {
    const at = lastIndexOf(stack, "double");
    const top = at >= 0 ? stack[at] : undefined;
    let close = false;
    // "‘It’s some serious science we’re doing here,” Greg Jackson declares": a double mark that closes what a
    // single one opened, with no double mark open, ends the writer's mismatched pair.
    const single = stack[stack.length - 1];
    if (top === undefined && mark.role !== "open" && right && !left && single !== undefined && single.family === "single" && single.char === "‘" && /^\p{Lu}/u.test(block.text.slice(single.from, single.from + 1)) && words(block.text, single.from, i) >= LOST_OPENING_WORDS) {
      stack.pop();
      this.emit(single, block, i, true);
      return;
    }
    if (top !== undefined) {
      if (mark.role === "close") close = true;
      // `…were damaged,"said Lois Blake.`, `…,"he said`: so does one of the same kind before a reporting verb (not
      // nested words: `"He said,"open the till," and I froze,"`).
      else if (mark.role === "either") close = right || !left || (afterComma && (top.char !== ch || cueFollows(block.text, i + w, this.language)));
      else close = top.char === "„" ? ch === "“" : right && !left; // „…“, or a typo'd “…“
    } else if (mark.role === "close") {
      // "L’interprétation … est inadmissible », a-t-elle insisté": a paragraph that goes on with someone's
      // words lost its opening mark; the quotation runs from the paragraph's start.
      if (lostOpening(block.text, i, w)) {
        this.emit({ family: "double", char: ch, depth: 0, from: 0, done: [], texts: [], found: this.spans.length, closer: NO_CLOSER }, block, i, true);
        return;
      }
      // A lone closing mark opens only where it plainly starts words (”foo”); otherwise it is stray.
      // "»On ne va pas … », a-t-il déclaré": a reversed guillemet opens only words another one closes.
      // "…,” he said.”They did call…”": glued after a full stop, a right mark before a capital that another
      // right mark closes later opens what the writer typed with the wrong mark.
      // "McCallister said, ” I think…”", "said,” Typically…”": after a cue's comma or colon, a right mark before a
      // capital opens, if another closes it later in the paragraph with no left mark between.
      const reopens = ch === "”" && ((left && right && gluedReopening(block.text, i)) || (!left && cueOpening(block.text, i)));
      if ((!(left && !right) && !reopens) || (ch === "»" && !reversedPair(block.text, i))) return;
    } else if (mark.role === "either" && !left && !spacedOpening(block.text, i, w)) {
      return;
    }
    if (close && top !== undefined) {
      stack.length = at + 1; // unclosed single quotes inside are dropped: likely apostrophes
      stack.pop();
      this.emit(top, block, i, true);
      return;
    }
    if (top !== undefined && stack[stack.length - 1] === top && SENTENCE_END.has(lastNonSpace)) {
      // “… a huge problem. “I think …” — the writer forgot to close; the new mark starts a sibling.
      stack.pop();
      this.emit(top, block, i, false);
      stack.push({ family: "double", char: ch, depth: top.depth, from: i + w, done: [], texts: [], found: this.spans.length, closer: NO_CLOSER });
      return;
    }
    if (stack.length >= MAX_DEPTH + 1) return;
    stack.push({ family: "double", char: ch, depth: stack.length, from: i + w, done: [], texts: [], found: this.spans.length, closer: NO_CLOSER });
  }

  single(mark: Mark, ch: string, stack: Open[], block: Block, i: number, left: boolean, right: boolean, inWord: boolean): void {
    if (inWord && (ch === "'" || ch === "’")) return; // Twitter’s, l’entreprise, don't
    const top = stack[stack.length - 1];
    if (top !== undefined && top.family === "double" && top.closer !== NESTED && right && !left && mark.role !== "open" && STRAY_CLOSERS.has(block.text.charCodeAt(i - 1))) top.closer = i;
    const topSingle = top !== undefined && top.family === "single" ? top : undefined;
    if (topSingle !== undefined) {
      const closes =
        mark.role === "close" || mark.role === "either"
          ? right
          : topSingle.char === "‚" ? ch === "‘" : right && !left;
      if (closes) {
        stack.pop();
        this.emit(topSingle, block, i, true);
        return;
      }
    }
    if (mark.role === "close" && ch !== "’") return;
    if ((!left || right) && !(ch === "‘" && spacedSingleOpening(block.text, i))) return;
    if (ch === "’" && i > 0 && !isSpace(block.text.charCodeAt(i - 1))) return;
    if (stack.length >= MAX_DEPTH + 1) return;
    if (top !== undefined && top.family === "double") top.closer = NESTED;
    stack.push({ family: "single", char: ch, depth: stack.length, from: i + 1, done: [], texts: [], found: this.spans.length, closer: NO_CLOSER });
  }

  /** Spans found inside a single mark that turned out to open nothing are not nested in it. */
  unnest(stray: Open): void {
    for (let k = stray.found; k < this.spans.length; k++) {
      const s = this.spans[k] as FoundSpan;
      if (s.depth > stray.depth) s.depth--;
    }
  }

  endBlock(stack: Open[], block: Block): void {
    const bottom = stack[0];
    if (bottom !== undefined && bottom.family === "single") {
      // "Passenger X told BristolLive: 'Utter chaos … scared. / 'This is a fire risk …'": where single
      // marks are the first marks, a quotation over several paragraphs reopens each and closes in the
      // last. Kept pending until the next paragraph shows whether it reopens.
      if (stack.length === 1 && runsOnSingle(block.text, bottom)) {
        this.runOn(bottom, block, trimRange(block.text, bottom.from, block.text.length));
        return;
      }
      // "… the town's 'last cheap shop! "It's a good shop" summarises X": a single mark that never
      // closes was no quotation, so what was found inside it is not nested in it.
      this.unnest(bottom);
      if (bottom.done.length > 0) {
        // A quotation that ran on and is left open in this paragraph ends with it, as a double one does.
        const r = trimRange(block.text, bottom.from, block.text.length);
        this.emit(bottom, block, r.end, false);
      }
      return;
    }
    if (bottom === undefined || bottom.family !== "double") return;
    // `"We know … from this,' says Bell.`: a double mark a single one closed, rather than one left open.
    if (stack.length === 1 && bottom.closer >= 0) {
      stack.pop();
      this.emit(bottom, block, bottom.closer, true);
      return;
    }
    // Only the outermost quotation may run on; nested unclosed marks are dropped, not guessed.
    const r = trimRange(block.text, bottom.from, block.text.length);
    if (r.end <= r.start) {
      if (bottom.done.length > 0) this.pending = { ...bottom, closer: NO_CLOSER };
      return;
    }
    this.runOn(bottom, block, r);
  }

  /** Leaves `open`, with its words `r` of this block, pending for the next paragraph to go on with. */
  runOn(open: Open, block: Block, r: Trimmed): void {
    this.pending = {
      ...open,
      closer: NO_CLOSER,
      done: [...open.done, new FoundSegment(block, r)],
      texts: [...open.texts, block.text.slice(r.start, r.end)],
    };
  }
}

/**
 * Whether the guillemet at `i` repeats the one just opened, by a slip: "s’est inquiétée « «de l’extension des
 * zones ». Jean-Marc Vayssouze… : « … »", glued to its words after a spaced one, has one closing before the next
 * quotation opens, so the second opens nothing. A quotation that opens on one closes both before another opens
 * ("« « Touche pas à mon pote », c’était le slogan »"), or goes on past the paragraph ("« « Sous les pavés, la
 * plage », on l’a crié partout.").
 */
function repeatedOpening(text: string, stack: readonly Open[], i: number): boolean {
  const top = stack[stack.length - 1];
  if (top === undefined || top.char !== "«" || text.slice(top.from, i).trim() !== "") return false;
  // Typed apart from the first, glued to the words where the first is spaced: "« «de".
  if (i === top.from || !/\p{L}/u.test(text[i + 1] ?? "")) return false;
  const next = text.indexOf("«", i + 1);
  if (next < 0) return false;
  const first = text.indexOf("»", i + 1);
  const second = text.indexOf("»", first + 1);
  return first >= 0 && first < next && (second < 0 || second > next);
}

/**
 * Whether the first double mark in `text` from `i` on closes a quotation (glued to the punctuation
 * before it, a space after, or a mark that only closes, ending the paragraph) rather than opens one.
 */
function closesBeforeOpening(text: string, i: number, language: Language): boolean {
  for (NEXT_MARK.lastIndex = i; NEXT_MARK.test(text); ) {
    const k = NEXT_MARK.lastIndex - 1;
    const mark = markOf(text[k] as string);
    if (mark === null || mark.family !== "double") continue;
    // The cue comes right after it: `," said X`, `," he added`, `», a-t-il`, not a new sentence.
    if (mark.role !== "open" && STRAY_CLOSERS.has(text.charCodeAt(k - 1)) && /^\s+\p{Ll}/u.test(text.slice(k + 1, k + 4))) return true;
    // `On a fait carton plein…, avec 800 repas ».`: a mark that only closes, and ends the paragraph. Not after a
    // figure ("measures 85”"), nor past a verb of speech, which tells of someone ("Le ministre a répondu qu'il
    // fallait du temps »" closes a quotation of its own whose opening mark was lost).
    return mark.role === "close" && !/\d/u.test(text[k - 1] ?? "") && /^\s*(?:[.!?…,;]\s*)?$/u.test(text.slice(k + 1)) && !reportsIn(text.slice(i, k), language);
  }
  return false;
}

/** Whether a reporting verb stands among the words of `text`. */
function reportsIn(text: string, language: Language): boolean {
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (infoOf(w).verb[language] !== null) return true;
  return false;
}

/** Whether `text` at `i` opens a sentence: a capital letter or a figure. */
function startsSentence(text: string, i: number): boolean {
  return /[\p{Lu}\p{N}]/u.test(text[i] ?? "");
}

/** How many words a single-marked quotation holds before it may run on into the next paragraph. */
const RUN_ON_WORDS = 4;

/**
 * Whether the single mark `open`, left open at the end of its paragraph, may be a quotation that runs
 * on: it opens the paragraph or follows a cue's colon or comma, opens a sentence, and the paragraph
 * ends on a full sentence. An apostrophe (`the 'burbs`, `rock 'n' roll`) does neither.
 */
function runsOnSingle(text: string, open: Open): boolean {
  if (open.char !== "'" && open.char !== "‘") return false;
  if (!startsSentence(text, open.from)) return false;
  let p = open.from - 2;
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
  if (p >= 0 && text[p] !== ":" && text[p] !== ",") return false;
  const end = lastNonSpaceBefore(text, open.from, text.length);
  if (!SENTENCE_END.has(end)) return false;
  return words(text, open.from, text.length) >= RUN_ON_WORDS;
}

/** `Open.closer` when no single mark may close the double one, and once one opened inside it. */
const NO_CLOSER = -1;
const NESTED = -2;

/** Punctuation a quotation ends on before its closing mark: `,` `.` `!` `?` `…`. */
const STRAY_CLOSERS = new Set([44, 46, 33, 63, 0x2026]);

/** Blocks whose quoted words are quotations: body paragraphs and the dek. */
export function isSpeechBlock(block: Block): boolean {
  return block.kind === "paragraph" || block.kind === "dek";
}

function lastIndexOf(stack: Open[], family: Mark["family"]): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.family === family) return k;
  return -1;
}

/** A line opened by a dash, a space and a capital: a signature under the block before it. */
const SIGNATURE_LINE = new RegExp(`^[${SIGNATURE_DASHES}]\\s+\\p{Lu}`, "u");
/** How long a pull quote may be: a sentence or two, set apart. */
const MAX_PULL_QUOTE = 200;

/** Whether `block` is a short line the signature line `next` signs, as a pull quote is. */
function signedBelow(block: Block, next: Block | undefined): boolean {
  return next !== undefined && block.text.length <= MAX_PULL_QUOTE && SIGNATURE_LINE.test(next.text);
}

/** How far into its paragraph a quotation's words may begin and still open it: the mark and a space or two. */
const OPENING_SLACK = 3;

/**
 * Whether the pending quotation began inside its first paragraph, after a sentence of the writer's own ("…,
 * explique l’élu. « Ce sont…"), not after a colon that hands it on ("il a conclu : « Nous irons…").
 */
function openedInside(pending: Open | null, blocks: readonly Block[]): boolean {
  const seg = pending?.done[0];
  const first = seg === undefined ? undefined : blocks[seg.block];
  if (seg === undefined || first === undefined || seg.start - first.start <= OPENING_SLACK) return false;
  return /[.!?…]\s*$/u.test(first.text.slice(0, seg.start - first.start).replace(/[\s"“«„]+$/u, ""));
}

/**
 * Every quotation span in `blocks`, in reading order. The marks of both languages are recognised
 * everywhere, since articles mix them; `language` is kept for reading short spans later.
 */
export function findSpans(blocks: Block[], language: Language): Span[] {
  const scanner = new Scanner(language);
  let prevKind: Block["kind"] | null = null;
  for (const [i, block] of blocks.entries()) {
    // A paragraph quotation never runs on into a heading or out of a title, nor into a pull quote a signature
    // line signs ("…, explique l’élu. « … forces de l’ordre." then "« Cela renforce… »." then "— Serge Mérillou,
    // conseiller"). One that opened its paragraph may be a letter, whose last paragraph its writer signs.
    if (prevKind !== null && (prevKind !== "paragraph" || block.kind !== "paragraph" || (signedBelow(block, blocks[i + 1]) && openedInside(scanner.pending, blocks)))) scanner.flushPending();
    prevKind = block.kind;
    // Titles and headings repeat or paraphrase the body: their quoted words are not new quotations.
    if (!isSpeechBlock(block)) continue;
    if (!scanner.embed(block)) scanner.scan(block);
  }
  scanner.flushPending();
  return scanner.spans.sort(
    (a, b) => (a.segments[0]?.start ?? 0) - (b.segments[0]?.start ?? 0) || a.depth - b.depth,
  );
}

/**
 * `" Cette année risque …, indique X."`: straight marks some French sites space as guillemets. With
 * nothing open, a mark spaced on both sides (or opening the paragraph) before words opens a
 * quotation if another straight mark later in the paragraph can close it.
 */
function spacedOpening(text: string, i: number, w: number): boolean {
  if (text[i] !== '"' || w !== 1) return false;
  if (i > 0 && !isSpace(text.charCodeAt(i - 1)) && text.slice(0, i).trim() !== "") return false;
  // "un écran de 55 " de marque coréenne": after a figure the mark is inches.
  if (/\d\s*$/u.test(text.slice(Math.max(0, i - 3), i))) return false;
  let j = i + 1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j === i + 1 || j >= text.length || !isWordCode(text.charCodeAt(j))) return false;
  return text.indexOf('"', j) > 0;
}

/** Whether the ” at `i` follows a sentence's stop, precedes a capital, and another ” follows. */
function gluedReopening(text: string, i: number): boolean {
  return i > 0 && /[.!?]/.test(text[i - 1] as string) && /\p{Lu}/u.test(text[i + 1] ?? "") && text.indexOf("”", i + 2) > 0;
}

/** Whether the right double mark at `i` follows a comma or a colon and opens words a later one closes. */
function cueOpening(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
  if (p < 0 || (text[p] !== "," && text[p] !== ":")) return false;
  let n = i + 1;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  if (!/\p{Lu}/u.test(text[n] ?? "")) return false;
  const close = text.indexOf("”", n);
  const open = text.indexOf("“", n);
  return close > 0 && (open < 0 || open > close);
}

/** What follows the apostrophe of an English contraction: `’ve`, `’t`, `’s`, `’re`, `’ll`, `’d`, `’m`. */
const CONTRACTION_TAIL = /^(?:ve|t|s|re|ll|d|m)(?![\p{L}\p{N}])/u;

/** How far a spaced ‘ looks for the ’ that closes it. */
const SPACED_SINGLE_REACH = 200;

/**
 * `as an ‘ absolute disaster’ and`: a left single mark, which never serves as an apostrophe, that a space
 * parts from its words still opens them when a right mark ends a word before the sentence does.
 */
function spacedSingleOpening(text: string, i: number): boolean {
  if (i > 0 && !isSpace(text.charCodeAt(i - 1))) return false;
  let j = i + 1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  // "the ‘ 90s band": a decade or a year is elided, not quoted.
  if (j === i + 1 || j >= text.length || !/\p{L}/u.test(text[j] as string)) return false;
  for (let k = j + 1; k < text.length && k < i + SPACED_SINGLE_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2018 || ((c === 0x2e || c === 0x21 || c === 0x3f) && isSpace(text.charCodeAt(k + 1)))) return false;
    // "the organisers’ tent": a plural's possessive mark closes nothing.
    // "rock ‘ n ’ roll": a mark after a space ends no word.
    if (c === 0x2019 && !isWordCode(text.charCodeAt(k + 1)) && !isSpace(text.charCodeAt(k - 1))) return text[k - 1] !== "s";
  }
  return false;
}

/** Whether the next guillemet after `i` is another `»`, closing what a reversed one at `i` opened. */
function reversedPair(text: string, i: number): boolean {
  const close = text.indexOf("»", i + 1);
  const open = text.indexOf("«", i + 1);
  return close > i && (open < 0 || open > close);
}

/** How many words a paragraph must hold before a closing mark for its lost opening to be guessed. */
const LOST_OPENING_WORDS = 5;

/** How many words the text between `from` and `to` holds. */
function words(text: string, from: number, to: number): number {
  return text.slice(from, to).trim().split(/\s+/u).length;
}

/**
 * Whether the closing mark at `i` ends words whose opening mark was lost: the first mark of its paragraph,
 * after a sentence opening on a capital, and before a comma and a lowercase word, as a cue follows words
 * ("…de la France», a-t-elle insisté").
 */
function lostOpening(text: string, i: number, w: number): boolean {
  const before = text.slice(0, i);
  if (!/^\s*\p{Lu}/u.test(before) || /["“”«»„]/u.test(before) || words(text, 0, i) < LOST_OPENING_WORDS) return false;
  return /^\s*,\s*\p{Ll}/u.test(text.slice(i + w, i + w + 40));
}
