/**
 * Character classes the text stages need (letter, number, combining mark, whitespace), as bits
 * worked out once per character on first sight rather than by a Unicode regex per character.
 */

/** `[\p{L}\p{N}]` */
export const LN = 1;
/** `\p{M}` */
export const MARK = 2;
/** `\s` */
export const SPACE = 4;
const KNOWN = 8;
/** `\p{L}` */
export const LETTER = 16;
/** `\p{Lu}` */
export const UPPER = 32;

/** Classes of BMP characters (0 until first seen). */
const CLASSES = new Uint8Array(0x10000);
const IS_LN = /^[\p{L}\p{N}]$/u;
const IS_MARK = /^\p{M}$/u;
const IS_SPACE = /^\s$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_UPPER = /^\p{Lu}$/u;

function computeClass(ch: string): number {
  return (
    (IS_LN.test(ch) ? LN : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_SPACE.test(ch) ? SPACE : 0) | (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_UPPER.test(ch) ? UPPER : 0) | KNOWN
  );
}

/** Classes of ASCII characters, for loops that read them inline (`code < 128 ? ASCII[code] : …`). */
export const ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const upper = code >= 65 && code <= 90;
  const letter = upper || (code >= 97 && code <= 122);
  const digit = code >= 48 && code <= 57;
  const space = code === 32 || (code >= 9 && code <= 13);
  ASCII[code] = (letter ? LN | LETTER : digit ? LN : space ? SPACE : 0) | (upper ? UPPER : 0) | KNOWN;
}

/** The classes of one UTF-16 unit (a lone surrogate is in none). */
export function classOf(code: number): number {
  if (code < 128) return ASCII[code] as number;
  let c = CLASSES[code] as number;
  if (c === 0) {
    c = computeClass(String.fromCharCode(code));
    CLASSES[code] = c;
  }
  return c;
}

/** Whether each BMP unit has case (2), has none (1), or is not yet seen (0). */
const CASED = new Uint8Array(0x10000);

/** `ch.toLowerCase() !== ch.toUpperCase()` for the one-unit string of `code`, worked out once per unit. */
export function hasCase(code: number): boolean {
  let c = CASED[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = ch.toLowerCase() !== ch.toUpperCase() ? 2 : 1;
    CASED[code] = c;
  }
  return c === 2;
}

/** One capital letter (`P` of "P.K. Subban", `U` of "U.N."): an initial when a full stop follows. */
export function isInitial(text: string): boolean {
  return text.length === 1 && (classOf(text.charCodeAt(0)) & UPPER) !== 0;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it: loops over long text test it without a regex call. */
export function isSpace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/** The classes of the code point at `i` in `text[…, to)`, surrogate pairs read whole. */
export function classAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return classOf(code);
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff ? computeClass(String.fromCodePoint(cp)) : classOf(code);
}

/** `[\p{Lu}\p{N}]`: an uppercase letter or a number (numbers are LN but not letters). */
export function upperOrNumber(cls: number): boolean {
  return (cls & UPPER) !== 0 || (cls & (LN | LETTER)) === LN;
}

/** The length in UTF-16 units of the code point at `i` in `text[…, to)`. */
export function widthAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return 1;
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/** Dashes that open a signature or credit line (`— Emily King`): em dash, en dash, horizontal bar. */
export const SIGNATURE_DASHES = "—–―";
