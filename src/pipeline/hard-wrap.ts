import { joinLines, nextLine, type Line } from "./lines.ts";

/** Fewer lines than this tell no wrapping width. */
const MIN_LINES = 6;
/** Lines longer than this are paragraphs typed on one line: no wire service wraps so wide. */
const MAX_WIDTH = 100;
/** Lines narrower than this are a menu's or a list's, never a column of text. */
const MIN_WIDTH = 40;
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
 * inside a sentence; so is a passage of such lines, in a text typed one paragraph per line. A line
 * was broken there, rather than at its paragraph's end, when the next line's first word would not
 * have fitted after it: the rule of greedy wrapping, which every wrapping program follows. Lines a
 * blank line parts, or an indented line, are never joined. A joined line spans its lines' text, line breaks included, so
 * its offsets still point into the source.
 */
export function unwrapLines(source: string, lines: readonly Line[]): Line[] {
  if (wrapped(lines)) return unwrapRun(source, lines);
  // A wrapped passage inside a text typed one paragraph per line (a copy that kept a wire's column for a few
  // paragraphs): each run of lines no wider than a column, one line break apart, is read as a text of its own.
  const out: Line[] = [];
  let run: Line[] = [];
  const flush = () => {
    out.push(...(run.length >= MIN_LINES && wrapped(run) ? unwrapRun(source, run) : run));
    run = [];
  };
  for (const l of lines) {
    const last = run[run.length - 1];
    if (last !== undefined && (l.text.length > MAX_WIDTH || !nextLine(source, last, l))) flush();
    if (l.text.length > MAX_WIDTH) out.push(l);
    else run.push(l);
  }
  flush();
  return out;
}

/** Whether `lines` were wrapped at a column: enough of them, none wider than a wire's, most filling it and most cut inside a sentence. */
function wrapped(lines: readonly Line[]): boolean {
  if (lines.length < MIN_LINES) return false;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  if (width > MAX_WIDTH || width < MIN_WIDTH) return false;
  const full = lines.filter((l) => l.text.length >= width * FULL_RATIO).length;
  if (full < lines.length * FULL_SHARE) return false;
  // Wrapping cuts sentences: most lines end inside one. Short paragraphs typed one per line end on a stop.
  const cut = lines.filter((l) => !TERMINAL.test(l.text)).length;
  return cut >= lines.length * CUT_SHARE;
}

/** `lines`, wrapped, joined back into paragraphs by the rule of greedy wrapping. */
function unwrapRun(source: string, lines: readonly Line[]): Line[] {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  return joinLines(source, lines, (_, previous, l) => {
    const word = FIRST_WORD.exec(l.text)?.[0] ?? "";
    // An indented line opens a paragraph, as in wire copy that marks them so.
    const indented = l.start > 0 && /[ \t]/.test(source[l.start - 1] as string);
    return !indented && l.line === previous.line + 1 && previous.text.length + 1 + word.length > width;
  });
}
