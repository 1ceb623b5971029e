/**
 * "la gendarmerie du Gard", "the city of Ottawa", "le ministère de la Santé": a description of an
 * organisation whose complement is a proper name identifies it as well as a name would. Readers see
 * it as one ("Gendarmerie du Gard"), with a page of its own, rather than as an unnamed source.
 */

/** An article, one or two lowercase words, a link word, maybe an article, then a capital. */
const INSTITUTION = /^(?:(?:the|la|le|les|l['’])\s*)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+((?:of|for|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?\p{Lu}.*)$/u;

/** Kinds of public body that a place or a field completes into a name. */
const INSTITUTIONS = new Set([
  "gendarmerie", "police", "mairie", "préfecture", "prefecture", "sous-préfecture", "ministère", "ministere", "ville", "commune",
  "région", "region", "département", "departement", "conseil", "parquet", "tribunal", "cour", "hôpital", "hopital", "rectorat",
  "académie", "academie", "université", "universite", "agence", "commission", "office", "service", "services", "caserne",
  "city", "town", "county", "council", "ministry", "department", "government", "state", "province", "court", "hospital",
  "university", "agency", "borough", "district", "port", "metropolitan", "fire",
]);

const INDEFINITE = /^(?:a|an|one|un|une)\s/iu;

/** The name an organisation's description gives it, or null when it names no one in particular. */
export function institutionName(description: string): string | null {
  // "a group of Ottawa residents" is some body among others.
  const m = INDEFINITE.test(description) ? null : INSTITUTION.exec(description.trim());
  if (m === null) return null;
  const noun = m[1] as string;
  // Only a public body's kind: "la direction d’Airbus" is Airbus's, "the company of Elon Musk" his.
  if (!INSTITUTIONS.has(noun.split(/\s+/u)[0]?.toLowerCase() ?? "")) return null;
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${m[2] as string}`;
}
