import { fold } from "./names.ts";

/**
 * The fields a government office has charge of, folded, each with the field it names: "Armées" and "Défense" are
 * one ministry, "Home" and "Intérieur" one office. They tell two offices apart ("the Health Secretary" is not
 * "Justice Secretary David Lammy", "le ministre de la Santé" not "le ministre de la Justice Moussa Diallo"), and
 * after a minister's title they end the office where a holder's surname starts ("de la Santé Nzeyimana").
 * Not "state": "Secretary of State for Health" is the Health Secretary.
 */
const GROUPS: readonly (readonly string[])[] = [
  ["home", "interior", "interieur", "homeland", "security", "policing", "immigration"],
  ["foreign", "etrangeres", "europeennes"],
  ["justice"],
  ["health", "sante", "handicap"],
  ["defence", "defense", "armees"],
  ["education", "schools", "enseignement", "recherche", "science", "jeunesse"],
  ["transport", "transports"],
  ["treasury", "exchequer", "finance", "finances", "economie", "budget", "business", "industrie", "commerce", "trade"],
  ["environment", "environnement", "ecologie", "ecologique", "energy", "energie", "energetique"],
  ["culture", "digital", "numerique", "sport", "sports", "tourisme"],
  ["work", "pensions", "travail", "emploi", "retraites", "solidarites", "sociales", "famille"],
  ["housing", "logement", "communities", "territoires", "ruralite"],
  ["agriculture", "farming", "mer"],
  ["northern"], ["scottish"], ["welsh"], ["outre-mer"],
];
const FIELD_OF = new Map(GROUPS.flatMap((g) => g.map((w) => [w, g[0] as string] as const)));
/** Words that open a portfolio's name without telling which: "Affaires étrangères", "Transition écologique". */
const OPENERS = new Set(["affaires", "transition", "fonction"]);

/** Whether a word, in any case or accent, names or opens a field of government: "Santé", "health", "Affaires". */
export function isField(word: string): boolean {
  const w = fold(word);
  return FIELD_OF.has(w) || OPENERS.has(w);
}

/** The field a word names ("armees" and "defense" name one), or null for a word that names none. */
export function fieldOf(word: string): string | null {
  return FIELD_OF.get(fold(word)) ?? null;
}
