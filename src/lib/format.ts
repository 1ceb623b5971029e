import type { Quote } from "../schema/quote.ts";

/** "19 December 2022" in the page's language; dates are calendar days, so UTC. */
export function formatDate(iso: string, language: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/** The words readers see beside a quotation: who, in what role, how and when. */
export function attributionLine(q: Quote, language: string): string {
  const fr = language === "fr";
  const who = q.speaker ? [q.speaker.name, q.speaker.role].filter(Boolean).join(", ") : fr ? "Auteur non identifié" : "Speaker not identified";
  const how = q.cue ?? "";
  let when = "";
  if (q.date) {
    const d = formatDate(q.date, language);
    when = q.dateBasis === "reported" ? (fr ? `rapporté le ${d}` : `reported ${d}`) : fr ? `le ${d}` : `on ${d}`;
  }
  return [who, how, when].filter(Boolean).join(" · ");
}
