/**
 * Embedded posts pasted as text keep the platform's signature line instead of quotation marks:
 * `… https://t.co/xyz — Volker Türk (@volker_turk) November 5, 2022`.
 */

import { SPACE, classOf } from "./chars.ts";

export interface EmbedSignature {
  /** Offset in the block text where the post's words end (the signature's dash). */
  textEnd: number;
  author: string;
  handle: string | null;
  /** `YYYY-MM-DD`, or null when the date is not parseable. */
  date: string | null;
  /** The date as written, for the `when` of the quotation. */
  rawDate: string;
}

const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

const MONTH = `(${EN_MONTHS.join("|")}|${FR_MONTHS.join("|")}|fevrier|aout|decembre)`;
// Bounded quantifiers and an anchored tail keep this linear: it only ever sees the block's end.
const SIGNATURE = new RegExp(
  `[—–-]\\s{0,3}([^—–()\\n]{1,80}?)\\s{0,3}\\((@[A-Za-z0-9_]{1,30})\\)\\s{0,3}` +
    `(${MONTH}\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})|(\\d{1,2})(?:er)?\\s{1,3}${MONTH}\\s{1,3}(\\d{4}))\\s*$`,
  "iu",
);

/** Only the tail can hold a signature; looking at it alone keeps huge blocks cheap. */
const TAIL = 200;

const strip = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const FR_MONTHS_PLAIN = FR_MONTHS.map(strip);

function monthIndex(name: string): number {
  const n = strip(name.toLowerCase());
  const en = EN_MONTHS.indexOf(n);
  return en >= 0 ? en : FR_MONTHS_PLAIN.indexOf(n);
}

function isoDate(year: string, month: string, day: string): string | null {
  const m = monthIndex(month);
  if (m < 0) return null;
  return `${year}-${String(m + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** `\d{4}\s*$`, read backwards. */
function endsWithYear(text: string): boolean {
  let k = text.length;
  while (k > 0 && (classOf(text.charCodeAt(k - 1)) & SPACE) !== 0) k--;
  if (k < 4) return false;
  for (let d = k - 4; d < k; d++) {
    const c = text.charCodeAt(d);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The signature of an embedded post at the end of `text`, if there is one. */
export function findEmbedSignature(text: string): EmbedSignature | null {
  const from = Math.max(0, text.length - TAIL);
  // Every signature names a handle and ends with a year: most blocks do not, and skip the regex.
  if (text.indexOf("(@", from) < 0 || !endsWithYear(text)) return null;
  const m = SIGNATURE.exec(text.slice(from));
  if (m === null) return null;
  const [, author, handle, rawDate, enMonth, enDay, enYear, frDay, frMonth, frYear] = m;
  if (author === undefined || handle === undefined || rawDate === undefined) return null;
  const textEnd = from + m.index;
  if (text.slice(0, textEnd).trim() === "") return null;
  const date =
    enMonth !== undefined && enDay !== undefined && enYear !== undefined
      ? isoDate(enYear, enMonth, enDay)
      : frMonth !== undefined && frDay !== undefined && frYear !== undefined
        ? isoDate(frYear, frMonth, frDay)
        : null;
  return { textEnd, author: author.trim(), handle, date, rawDate: rawDate.trim() };
}
