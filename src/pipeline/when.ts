import type { Ctx } from "./context.ts";
import { lowerAt, textBetween } from "./context.ts";

/**
 * The time expression tied to a cue ("on Sunday", "mardi", "last week"), raw; resolving it against
 * the publication date is the dates stage's job.
 */

const DAYS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
  "novembre", "décembre",
]);
const PARTS = new Set(["morning", "afternoon", "evening", "night", "matin", "soir", "après-midi", "dernier", "prochain", "soir-là"]);
const ALONE = new Set(["yesterday", "today", "tonight", "hier", "aujourd’hui", "avant-hier"]);
const RELATIVE = new Set(["last", "this", "next", "earlier", "ce", "cette"]);
const UNITS = new Set(["week", "month", "year", "weekend", "morning", "evening", "night", "semaine", "mois", "année", "week-end", "matin", "soir"]);

/** Extends a day or month over what belongs to it ("Sunday evening", "November 5, 2022", "mardi soir"). */
function extend(ctx: Ctx, k: number, to: number): number {
  let e = k;
  if (PARTS.has(lowerAt(ctx, e + 1)) && e + 1 <= to) e++;
  if (MONTHS.has(lowerAt(ctx, k)) && /^\d{1,2}$/.test(lowerAt(ctx, e + 1)) && e + 1 <= to) e++;
  if (lowerAt(ctx, e + 1) === "," && /^\d{4}$/.test(lowerAt(ctx, e + 2)) && e + 2 <= to) e += 2;
  else if (/^\d{4}$/.test(lowerAt(ctx, e + 1)) && e + 1 <= to) e++;
  return e;
}

/** Every word a time expression can start with: the others are passed over with one lookup. */
const STARTS = new Set([...DAYS, ...ALONE, ...RELATIVE, "on", "le", "la"]);

export function whenIn(ctx: Ctx, from: number, to: number): string | null {
  for (let k = Math.max(0, from); k <= to && k < ctx.tokens.length; k++) {
    if (ctx.tokens[k]?.kind !== "word") continue;
    const w = lowerAt(ctx, k);
    if (!STARTS.has(w)) continue;
    // Only these words look at the next one (which may be a quotation: its text is then not read).
    const next = w === "on" || w === "le" || w === "la" || RELATIVE.has(w) ? lowerAt(ctx, k + 1) : "";
    if ((w === "on" || w === "le") && (DAYS.has(next) || MONTHS.has(next)) && k + 1 <= to) return textBetween(ctx, k, extend(ctx, k + 1, to));
    if (w === "le" && /^\d{1,2}(?:er)?$/.test(next) && MONTHS.has(lowerAt(ctx, k + 2)) && k + 2 <= to) return textBetween(ctx, k, extend(ctx, k + 2, to));
    if (DAYS.has(w)) return textBetween(ctx, k, extend(ctx, k, to));
    if (ALONE.has(w)) return textBetween(ctx, k, k);
    if (RELATIVE.has(w) && k + 1 <= to && (UNITS.has(next) || DAYS.has(next))) return textBetween(ctx, k, k + 1);
    if (RELATIVE.has(w) && next === "this" && UNITS.has(lowerAt(ctx, k + 2)) && k + 2 <= to) return textBetween(ctx, k, k + 2);
    if ((w === "la" || w === "le") && (next === "semaine" || next === "mois") && /^derni/.test(lowerAt(ctx, k + 2)) && k + 2 <= to) return textBetween(ctx, k, k + 2);
  }
  return null;
}
