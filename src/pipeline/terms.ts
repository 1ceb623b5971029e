import type { Language } from "../schema/quote.ts";
import { LETTER, LN, SPACE, classAt, classOf, upperOrNumber, widthAt } from "./chars.ts";
import { termCue } from "./cues.ts";

/** Spans up to this many words are "short": without a speech cue they are terms, not quotations. */
export const SHORT_WORDS = 4;
/** Title Case spans up to this many words read as names of works, awards, campaigns. */
const TITLE_WORDS = 6;

const LOWER_IN_TITLES = new Set(["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "de", "la", "le", "les", "du", "des", "et", "der", "die", "das", "und", "von"]);

/** Pieces of `text` between whitespace that hold a letter or digit. */
export function wordCount(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; ) {
    const cls = classAt(text, i, text.length);
    if ((cls & SPACE) !== 0) counted = false;
    else if (!counted && (cls & LN) !== 0) {
      counted = true;
      n++;
    }
    i += widthAt(text, i, text.length);
  }
  return n;
}

/**
 * Whether `text` has at most `n` pieces (between whitespace) holding a letter; stops reading once
 * it has seen more. More than TITLE_WORDS such pieces rule out a title and a short span alike.
 */
function atMostLetterWords(text: string, n: number): boolean {
  let pieces = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c > 127 && (classOf(c) & SPACE) !== 0)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    const letter = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & LETTER) !== 0;
    if (letter) {
      counted = true;
      if (++pieces > n) return false;
    }
  }
  return true;
}

/**
 * `Das Goldene Lenkrad`, `Person of the Year`: every content word capitalised, no sentence
 * punctuation. Content words are the pieces between whitespace that hold a letter.
 */
export function isTitleCase(text: string): boolean {
  const to = text.length;
  let words = 0;
  let last = -1; // the last character that is not whitespace
  for (let i = 0; i < to; ) {
    if ((classAt(text, i, to) & SPACE) !== 0) {
      i += widthAt(text, i, to);
      continue;
    }
    const start = i;
    let letter = false;
    while (i < to) {
      const cls = classAt(text, i, to);
      if ((cls & SPACE) !== 0) break;
      if ((cls & LETTER) !== 0) letter = true;
      last = i;
      i += widthAt(text, i, to);
    }
    if (!letter) continue;
    if (++words > TITLE_WORDS) return false;
    const capital = upperOrNumber(classAt(text, start, to));
    if (!capital && (words === 1 || !LOWER_IN_TITLES.has(text.slice(start, i).toLowerCase()))) return false;
  }
  return words >= 2 && !(last >= 0 && ".,;:!?".includes(text[last] as string));
}

/**
 * Why a span is a term rather than someone's words, or null when it reads as speech. Only short
 * (or Title Case) spans can be terms: an explicit non-speech cue before them (`voted "yes"`, `on the
 * charge of`) decides; otherwise they are terms unless a speech cue credits them to someone.
 */
export function termReason(text: string, before: readonly string[], language: Language, credited: boolean): string | null {
  // Long spans are speech: a bounded count decides without reading all their words.
  if (!atMostLetterWords(text, Math.max(SHORT_WORDS, TITLE_WORDS))) return null;
  const title = isTitleCase(text);
  if (wordCount(text) > SHORT_WORDS && !title) return null;
  const cue = termCue(before, language);
  if (cue !== null) return cue;
  if (credited) return null;
  return title ? "title" : "no speaker";
}
