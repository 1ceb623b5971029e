import { isSpace } from "./chars.ts";

/** A non-blank line of the source with the exact offsets of its trimmed words. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** 1-based line number in the source. */
  line: number;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/**
 * Splits text into its non-blank lines. LF, CRLF and CR all end a line; U+2028/2029 do not, since
 * they occur inside copied paragraphs. Offsets are exact, so nothing downstream needs to re-search.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineNo = 1;
  let i = 0;
  const n = text.length;
  // The next LF and the next CR at or after `i`, each searched again only once passed: indexOf
  // scans far faster than a loop over every character.
  let lf = -1;
  let cr = -1;
  while (i <= n) {
    if (lf < i) lf = indexOrEnd(text, "\n", i);
    if (cr < i) cr = indexOrEnd(text, "\r", i);
    const j = Math.min(lf, cr);
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ text: text.slice(s, e), start: s, end: e, line: lineNo });
    if (j >= n) break;
    // CRLF is one line break, not two.
    i = text[j] === "\r" && text[j + 1] === "\n" ? j + 2 : j + 1;
    lineNo++;
  }
  return lines;
}

/** Between two lines: one line break, no blank line. */
const ONE_BREAK = /^[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*$/u;

/** Whether only one line break, no blank line, parts line `a` from the later line `b`. */
export function nextLine(source: string, a: Line, b: Line): boolean {
  return ONE_BREAK.test(source.slice(a.end, b.start));
}

/**
 * `lines`, each joined to the paragraph before it where `joins(paragraph, previous, line)` says the
 * line goes on it. A joined line spans its lines' text, line breaks included, so its offsets still
 * point into the source.
 */
export function joinLines(source: string, lines: readonly Line[], joins: (paragraph: Line, previous: Line, line: Line) => boolean): Line[] {
  const out: Line[] = [];
  let open: Line | null = null;
  let previous: Line | null = null;
  for (const l of lines) {
    if (open !== null && previous !== null && joins(open, previous, l)) {
      open = { text: source.slice(open.start, l.end), start: open.start, end: l.end, line: open.line };
      out[out.length - 1] = open;
    } else {
      open = l;
      out.push(l);
    }
    previous = l;
  }
  return out;
}
