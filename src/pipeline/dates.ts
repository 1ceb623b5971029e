import type { Language } from "../schema/quote.ts";

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/** A `YYYY-MM-DD` string to a UTC date; null when it is not a real calendar day. */
export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? d : null;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Resolves a weekday expression ("on Tuesday", "mardi", "Monday morning") against the date the
 * article was published. News reports use a bare weekday for the last such day on or before
 * publication: "on Monday" in a Tuesday paper is the day before. Null when no weekday is named.
 */
export function resolveWeekday(expression: string, published: string, _language?: Language): string | null {
  const ref = parseIsoDate(published);
  if (!ref) return null;
  const lower = expression.toLowerCase();
  if (/\b(today|aujourd['’]hui)\b/u.test(lower)) return published;
  if (/\b(yesterday|hier)\b/u.test(lower)) return isoDate(new Date(ref.getTime() - 86_400_000));
  const m = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b/u.exec(lower);
  if (!m) return null;
  const target = WEEKDAYS[m[1] as string] as number;
  const back = (ref.getUTCDay() - target + 7) % 7;
  return isoDate(new Date(ref.getTime() - back * 86_400_000));
}
