import type { Article } from "../schema/article.ts";
import type { Quote } from "../schema/quote.ts";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "19 December 2022" in the page's language; dates are calendar days, so UTC. */
export function formatDate(iso: string, language: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const locale = language === "fr" ? "fr-FR" : "en-GB";
  // One formatter per locale: making one costs far more than using it, and pages format thousands of dates.
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormats.set(locale, f);
  }
  return f.format(d);
}

/** "António Guterres, UN Secretary-General", or a plain statement that no one could be named. */
export function speakerLine(q: Pick<Quote, "speaker">, language: string): string {
  if (!q.speaker) return language === "fr" ? "Auteur non identifié" : "Speaker not identified";
  // "le procureur" opens the line: written as the text has it, but capitalised.
  const name = q.speaker.unnamed ? q.speaker.name.charAt(0).toLocaleUpperCase(language) + q.speaker.name.slice(1) : q.speaker.name;
  return [name, q.speaker.role].filter(Boolean).join(", ");
}

/** The words readers see beside a quotation: who, in what role, how and when. */
export function attributionLine(q: Quote, language: string): string {
  const fr = language === "fr";
  const how = q.cue ?? "";
  let when = "";
  if (q.date) {
    const d = formatDate(q.date, language);
    when = q.dateBasis === "reported" ? (fr ? `rapporté le ${d}` : `reported ${d}`) : fr ? `le ${d}` : `on ${d}`;
  }
  return [speakerLine(q, language), how, when].filter(Boolean).join(" · ");
}

/**
 * A citation to paste into a story or a footnote, without the URL (the page adds its own address):
 * “…” — Speaker, role, in Publisher, date.
 */
export function citation(q: Quote, a: Pick<Article, "language" | "source" | "title">): string {
  const where = a.source ? a.source.publisher : a.title;
  const when = q.date ? `, ${formatDate(q.date, a.language)}` : "";
  const words = q.text.replace(/\s*\n\s*/g, " … ");
  return `“${words}” — ${speakerLine(q, a.language)}, in ${where}${when}`;
}

/** Note for a quotation whose words were corrected after it was first published. */
export function revisionNote(q: Quote, language: string): string | null {
  if (!q.revised) return null;
  const d = formatDate(q.revised.date, language);
  return language === "fr"
    ? `texte corrigé le ${d} ; publié d’abord ainsi : « ${q.revised.previous} »`
    : `words corrected on ${d}; first published as “${q.revised.previous}”`;
}
