import { fold } from "./names.ts";

/**
 * The fields a government office has charge of, folded. They tell two offices apart: "the Health Secretary" is
 * not "Justice Secretary David Lammy", "le ministre de la Santé" not "le ministre de la Justice Moussa Diallo";
 * and after a minister's title they end the office where a holder's surname starts ("de la Santé Nzeyimana").
 * Not "state": "Secretary of State for Health" is the Health Secretary.
 */
const FIELDS = new Set([
  "home", "foreign", "justice", "health", "defence", "defense", "education", "transport", "treasury", "environment",
  "business", "culture", "work", "pensions", "energy", "interior", "trade", "northern", "scottish", "welsh", "homeland",
  "housing", "agriculture", "farming", "immigration", "security", "finance", "digital", "science", "sport", "schools",
  "policing", "communities", "exchequer",
  "sante", "interieur", "economie", "finances", "armees", "travail", "logement", "ecologie", "ecologique",
  "energetique", "environnement", "industrie", "energie", "sports", "numerique", "etrangeres", "outre-mer",
  "enseignement", "recherche", "commerce", "tourisme", "famille", "jeunesse", "solidarites", "budget", "emploi",
  "transports", "affaires", "sociales", "europeennes", "transition", "fonction", "retraites", "territoires", "ruralite", "handicap", "mer",
]);

/** Whether a word, in any case or accent, names a field of government: "Santé", "health", "Intérieur". */
export function isField(word: string): boolean {
  return FIELDS.has(fold(word));
}
