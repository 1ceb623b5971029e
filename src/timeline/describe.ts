import type { EventDate, EventKind } from "../schema/event.ts";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const SEASONS = ["winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn", "winter"];

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** formatEventDate at its precision: '5 November 2022', 'October 2022', 'summer 2024', '2023'; spans as '18–19 December 2022'. */
export function formatEventDate(d: Pick<EventDate, "start" | "end" | "precision">): string {
  const { start, separator, end } = eventDateEnds(d);
  return end === null ? start : `${start}${separator}${end}`;
}

/**
 * The displayed date split at its ends, '18' '–' '19 December 2022', so that each end can be its
 * own `<time>`: HTML's `datetime` attribute takes a date, not a range.
 */
export function eventDateEnds(d: Pick<EventDate, "start" | "end" | "precision">): { start: string; separator: string; end: string | null } {
  const s = at(d.start);
  const one = (text: string) => ({ start: text, separator: "", end: null });
  if (d.precision === "year") return one(String(s.getUTCFullYear()));
  if (d.precision === "season") return one(`${SEASONS[s.getUTCMonth()] ?? ""} ${s.getUTCFullYear()}`);
  if (d.precision === "month") return one(MONTH.format(s));
  if (d.end === null || d.end === d.start) return one(DAY.format(s));
  const e = at(d.end);
  if (s.getUTCFullYear() === e.getUTCFullYear() && s.getUTCMonth() === e.getUTCMonth()) return { start: String(s.getUTCDate()), separator: "–", end: DAY.format(e) };
  return { start: DAY.format(s), separator: " – ", end: DAY.format(e) };
}

/** How a reader can check the date, in one sentence (the editorial source's link is added by the page). */
export function describeProvenance(d: EventDate): string {
  const p = d.provenance;
  if (p.basis === "stated") return `Date stated in the article: “${p.expression}”.`;
  if (p.basis === "resolved") return `Date worked out from “${p.expression}” in an article dated ${DAY.format(at(p.reference))}.`;
  return `Date from the editors: ${p.note}`;
}

export const KIND_LABELS: Readonly<Record<EventKind, string>> = {
  letter: "Letter",
  meeting: "Meeting",
  statement: "Statement",
  regulation: "Regulation",
  investigation: "Investigation",
  "platform-decision": "Platform decision",
};
