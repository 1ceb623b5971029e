/** Quotation marks of English, French and German typography, and how each may behave. */
export interface Mark {
  family: "double" | "single";
  /** `either` marks (straight quotes, ’) take their role from the characters around them. */
  role: "open" | "close" | "either";
}

const MARKS: Readonly<Record<string, Mark>> = {
  '"': { family: "double", role: "either" },
  // A double prime, which wire archives and OCR set for straight marks: ″All I know…,″ Bailey said.
  "″": { family: "double", role: "either" },
  "“": { family: "double", role: "open" },
  "”": { family: "double", role: "close" },
  "„": { family: "double", role: "open" },
  "«": { family: "double", role: "open" },
  "»": { family: "double", role: "close" },
  "'": { family: "single", role: "either" },
  "‘": { family: "single", role: "open" },
  "’": { family: "single", role: "close" },
  "‚": { family: "single", role: "open" },
  "‹": { family: "single", role: "open" },
  "›": { family: "single", role: "close" },
};

export function markOf(ch: string): Mark | null {
  return MARKS[ch] ?? null;
}

const DOUBLED_OPEN: Mark = { family: "double", role: "open" };
const DOUBLED_EITHER: Mark = { family: "double", role: "either" };

/**
 * Two single marks typed for one double mark, as some presses do (Nigerian papers open each
 * paragraph with ‘’ and close with ’’; typewriter text uses `` … '' and '' … ''): the double mark
 * they stand for at `i`, or null. An apostrophe or a single quote is one character, never a pair.
 * A straight double mark typed twice by a slip stands for one too.
 */
export function doubledMarkAt(text: string, i: number): Mark | null {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (b === 0x2019) return a === 0x2019 ? DOUBLED_EITHER : a === 0x2018 ? DOUBLED_OPEN : null;
  if (a === 0x27) return b === 0x27 ? DOUBLED_EITHER : null;
  // `said: ""The weather…`, `…distressed.""`: a straight double mark typed twice is one where it can only open or
  // only close (straightPairAlone). Not `"…,""It was…"` (one closes, one opens) nor an empty pair (`is "" by default`).
  if (a === 0x22) return b === 0x22 && straightPairAlone(text, i) ? DOUBLED_EITHER : null;
  if (a === 0x60) return b === 0x60 ? DOUBLED_OPEN : null;
  if (a === 0x2018) return b === 0x2018 ? DOUBLED_OPEN : null;
  return null;
}

/**
 * Whether the straight pair at `i` stands where one mark could only open (opening the paragraph or after a colon,
 * before a word) or only close (after a word or a stop, ending the paragraph). `He told me ""no"",` quotes
 * inside a quotation, as a spreadsheet escapes them.
 */
function straightPairAlone(text: string, i: number): boolean {
  const before = i === 0 ? "" : (text[i - 1] as string);
  const after = i + 2 >= text.length ? "\n" : (text[i + 2] as string);
  const opens = (i === 0 || /:\s*$/u.test(text.slice(Math.max(0, i - 3), i))) && /[\p{L}\p{N}]/u.test(after);
  const closes = /[\p{L}\p{N}.!?…]/u.test(before) && /[\r\n]/u.test(after);
  return opens || closes;
}

/** Whitespace, including the no-break spaces French typography puts inside « ». */
export function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f ||
    code === 0x2009 || code === 0x2007 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a)
  );
}

/** Characters that open or close a quotation (apostrophes included: callers decide). Backticks count only doubled (``), in spans.ts. */
export const QUOTE_CHARS = new Set(Object.keys(MARKS));

/** Whether the UTF-16 unit `code` is one of QUOTE_CHARS. */
export function isQuoteMark(code: number): boolean {
  switch (code) {
    case 0x22: case 0x27: case 0xab: case 0xbb: case 0x2018: case 0x2019: case 0x201a: case 0x201c: case 0x201d: case 0x201e: case 0x2033:
    case 0x2039: case 0x203a:
      return true;
    default:
      return false;
  }
}
