import { parseIsoDate, resolveWeekday } from "../pipeline/dates.ts";
import type { DateProvenance } from "../schema/event.ts";
import type { Language } from "../schema/quote.ts";

/** A date expression found in a sentence, with the day it names. */
export interface DateExpression {
  /** The words as written ("on Saturday", "November 5, 2022", "mardi"). */
  expression: string;
  /** UTF-16 offsets within the searched text. */
  start: number;
  end: number;
  /** The day named, YYYY-MM-DD. */
  date: string;
  provenance: DateProvenance;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};
const MONTH = Object.keys(MONTHS).join("|");
const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

// "November 5, 2022", "July 29" (English order) and "12 novembre 2019", "1er novembre" (French order).
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu");
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er)?\\s+(${MONTH})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "giu");
// A weekday, with "on"/"le" before and a part of the day after when present ("on Sunday evening").
const WEEKDAY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:on|le)\\s+)?(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night|matin|soir))?(?![\\p{L}\\p{N}])`, "giu");

function day(year: number, month: number, d: number): string | null {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : null;
}

/**
 * A month and day without a year is the last such day on or before publication, as news reports
 * use it ("Since July 29" in an August paper); without a publication date it cannot be placed.
 */
function withYear(month: number, d: number, year: string | undefined, published: string | null): string | null {
  if (year !== undefined) return day(Number(year), month, d);
  if (published === null) return null;
  const ref = Number(published.slice(0, 4));
  const same = day(ref, month, d);
  return same !== null && same <= published ? same : day(ref - 1, month, d);
}

// Cheap substring tests first: most sentences name no month and no weekday, and the full patterns
// (look-behind, Unicode, case folding) cost far more than these.
const ANY_MONTH = new RegExp(MONTH, "i");
const ANY_WEEKDAY = new RegExp(WEEKDAY, "i");
// Both month patterns need a day number, and digits are the cheapest test of all.
const DIGIT = /[0-9]/;

const mayNameMonthDay = (text: string) => DIGIT.test(text) && ANY_MONTH.test(text);

/**
 * False when `text` certainly holds no date expression: neither a month with a digit nor, when
 * weekdays can be resolved, a weekday. Any text containing a date expression passes, so a caller
 * may skip a whole paragraph that fails.
 */
export function mayNameDay(text: string, published: string | null): boolean {
  return mayNameMonthDay(text) || (published !== null && ANY_WEEKDAY.test(text));
}

/**
 * Every day-precise date expression in `text`, in reading order: explicit dates are `stated`,
 * weekdays are `resolved` against the publication date. Overlapping matches keep the first found.
 */
export function findDateExpressions(text: string, published: string | null, language: Language): DateExpression[] {
  const found: DateExpression[] = [];
  const months = mayNameMonthDay(text);
  if (!months && !(published !== null && ANY_WEEKDAY.test(text))) return found;
  const push = (m: RegExpExecArray, date: string | null, provenance: DateProvenance) => {
    if (date === null) return;
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({ expression: m[0], start, end, date, provenance });
  };
  for (const m of months ? text.matchAll(MONTH_DAY) : []) {
    push(m, withYear(MONTHS[(m[1] as string).toLowerCase()] as number, Number(m[2]), m[3], published), { basis: "stated", expression: m[0] });
  }
  for (const m of months ? text.matchAll(DAY_MONTH) : []) {
    push(m, withYear(MONTHS[(m[2] as string).toLowerCase()] as number, Number(m[1]), m[3], published), { basis: "stated", expression: m[0] });
  }
  if (published !== null) {
    for (const m of text.matchAll(WEEKDAY_RE)) {
      push(m, resolveWeekday(m[0], published, language), { basis: "resolved", expression: m[0], reference: published });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The one expression an editor wrote in a sidecar (`when: on Saturday`), resolved; null if it names no day. */
export function resolveExpression(expression: string, published: string | null, language: Language): DateExpression | null {
  const all = findDateExpressions(expression, published, language);
  return all.length === 1 ? (all[0] as DateExpression) : null;
}
