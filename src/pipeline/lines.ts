/** A non-blank line of the source with the exact offsets of its trimmed words. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** 1-based line number in the source. */
  line: number;
}

const SPACE = /\s/u;

/**
 * Splits text into its non-blank lines. LF, CRLF and CR all end a line; U+2028/2029 do not, since
 * they occur inside copied paragraphs. Offsets are exact, so nothing downstream needs to re-search.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineNo = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = i;
    while (j < n && text[j] !== "\n" && text[j] !== "\r") j++;
    let s = i;
    let e = j;
    while (s < e && SPACE.test(text[s] as string)) s++;
    while (e > s && SPACE.test(text[e - 1] as string)) e--;
    if (e > s) lines.push({ text: text.slice(s, e), start: s, end: e, line: lineNo });
    if (j >= n) break;
    // CRLF is one line break, not two.
    i = text[j] === "\r" && text[j + 1] === "\n" ? j + 2 : j + 1;
    lineNo++;
  }
  return lines;
}
