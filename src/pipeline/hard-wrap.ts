import { joinLines, type Line } from "./lines.ts";

/** Fewer lines than this tell no wrapping width. */
const MIN_LINES = 6;
/** Lines longer than this are paragraphs typed on one line: no wire service wraps so wide. */
const MAX_WIDTH = 100;
/** Share of lines that must reach near the width for the text to be hard-wrapped. */
const FULL_SHARE = 0.5;
/** A line this close to the width was filled. */
const FULL_RATIO = 0.7;

/** Share of lines that must end inside a sentence. */
const CUT_SHARE = 0.5;
/** How a line that ends a sentence ends. */
const TERMINAL = /[.!?:"”»’)]$/u;

const FIRST_WORD = /^\S+/u;

/**
 * Lines of a hard-wrapped text (wire copy, newsletters, copies of teletype) joined back into the
 * paragraphs they were cut from, so that a quotation or a cue broken over two lines is read whole
 * ("…," company\nfounder and chief executive Elon Musk posted…).
 *
 * A text is hard-wrapped when no line is wider than a wire's column, most lines fill it and most end
 * inside a sentence. A line
 * was broken there, rather than at its paragraph's end, when the next line's first word would not
 * have fitted after it: the rule of greedy wrapping, which every wrapping program follows. Lines a
 * blank line parts, or an indented line, are never joined. A joined line spans its lines' text, line breaks included, so
 * its offsets still point into the source.
 */
export function unwrapLines(source: string, lines: readonly Line[]): Line[] {
  const width = wrapWidth(lines);
  return width > 0 ? unwrapRun(source, lines, width) : [...lines];
}

/**
 * The column `lines` were wrapped at, or 0 when they were not: enough of them, none wider than a
 * wire's, most filling it and most cut inside a sentence.
 */
function wrapWidth(lines: readonly Line[]): number {
  if (lines.length < MIN_LINES) return 0;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  if (width > MAX_WIDTH) return 0;
  const full = lines.filter((l) => l.text.length >= width * FULL_RATIO).length;
  if (full < lines.length * FULL_SHARE) return 0;
  // Wrapping cuts sentences: most lines end inside one. Short paragraphs typed one per line end on a stop.
  const cut = lines.filter((l) => !TERMINAL.test(l.text)).length;
  return cut >= lines.length * CUT_SHARE ? width : 0;
}

/** `lines`, wrapped at `width`, joined back into paragraphs by the rule of greedy wrapping. */
function unwrapRun(source: string, lines: readonly Line[], width: number): Line[] {
  return joinLines(source, lines, (_, previous, l) => {
    const word = FIRST_WORD.exec(l.text)?.[0] ?? "";
    // An indented line opens a paragraph, as in wire copy that marks them so.
    const indented = l.start > 0 && /[ \t]/.test(source[l.start - 1] as string);
    return !indented && l.line === previous.line + 1 && previous.text.length + 1 + word.length > width;
  });
}
