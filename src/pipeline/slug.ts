// Plain ASCII has nothing to decompose: most slugs can skip the call into ICU.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A readable, ASCII, kebab-case slug: "Macron had a “clear…” with Elon Musk" becomes
 * "macron-had-a-clear-with-elon-musk". Cut at a word boundary so URLs stay short.
 */
export function slugify(text: string, maxLength = 80): string {
  return slugifyByUnit(text, maxLength) ?? slugifyWhole(text, maxLength);
}

/** `slugify` as written first: decompose the whole text, then keep its runs of ASCII letters and digits. */
function slugifyWhole(text: string, maxLength: number): string {
  const decomposed = NON_ASCII.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : text;
  const words = decomposed.replace(/[’'`]/g, "").toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let out = "";
  for (const w of words) {
    const next = out === "" ? w : `${out}-${w}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out === "" ? (words[0] ?? "").slice(0, maxLength) : out;
}

/** What a UTF-16 unit is to a slug, once decomposed, stripped of accents and apostrophes, lowercased. */
const SEPARATOR = 1;
/** Nothing at all: an apostrophe or an accent joins the letters around it. */
const DROPPED = 2;
/** ASCII letters and digits only (`é` is "e", `ﬁ` is "fi"): see `UNIT_LETTERS`. */
const LETTERS = 3;
/** Both letters and other characters, or half a surrogate pair: only the whole text tells. */
const MIXED = 4;

/** Each BMP unit's class above, 0 until first seen. */
const UNIT_CLASS = new Uint8Array(0x10000);
/** The letters of each unit of class LETTERS. */
const UNIT_LETTERS: (string | undefined)[] = [];

function unitClass(code: number): number {
  let c = UNIT_CLASS[code] as number;
  if (c !== 0) return c;
  if (code >= 0xd800 && code <= 0xdfff) c = MIXED;
  else {
    const s = String.fromCharCode(code).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’'`]/g, "").toLowerCase();
    if (s === "") c = DROPPED;
    else if (/^[a-z0-9]+$/.test(s)) {
      c = LETTERS;
      UNIT_LETTERS[code] = s;
    } else c = /[a-z0-9]/.test(s) ? MIXED : SEPARATOR;
  }
  UNIT_CLASS[code] = c;
  return c;
}

/**
 * `slugifyWhole` one unit at a time, each unit's part of the slug looked up rather than the text
 * decomposed and matched by regexes on every call (a slug is made for every quotation). Decomposing
 * a text is decomposing each character, then reordering accents among themselves, which moves no
 * letter; so the units give the same words, unless one is MIXED: then null.
 */
function slugifyByUnit(text: string, maxLength: number): string | null {
  let out = "";
  let word = "";
  // Where the ASCII letters and digits not yet added to `word` start: a run of them is sliced whole.
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) continue;
    if (run < i) word += text.slice(run, i).toLowerCase();
    run = i + 1;
    const cls = code < 128 ? (code === 39 || code === 96 ? DROPPED : SEPARATOR) : unitClass(code);
    if (cls === LETTERS) word += UNIT_LETTERS[code] as string;
    else if (cls === MIXED) return null;
    else if (cls === SEPARATOR && word !== "") {
      // The same cut as `slugifyWhole`: whole words while they fit, else the first word cut short.
      const next = out === "" ? word : `${out}-${word}`;
      if (next.length > maxLength) return out === "" ? word.slice(0, maxLength) : out;
      out = next;
      word = "";
    }
  }
  return out;
}
