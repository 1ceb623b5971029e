/** Small helpers to compare names and roles across spellings and languages. */

/** Lowercase, no diacritics, no possessive: "Türk’s" and "turk" compare equal. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[’']/g, "'")
    .trim();
}

/** Kebab-case ASCII slug: "António Guterres" → "antonio-guterres". */
export function slug(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Role heads that name the same function in English and French. */
const HEAD_CLASSES: readonly (readonly string[])[] = [
  ["ceo", "pdg", "dg", "chief executive", "executive"],
  ["president", "président", "présidente", "president-elect"],
  ["chief", "chef", "head", "boss", "patron", "patronne", "leader", "dirigeant", "dirigeante"],
  ["minister", "ministre"],
  ["director", "directeur", "directrice"],
  ["owner", "propriétaire"],
  ["billionaire", "milliardaire", "multi-billionaire"],
  ["spokesperson", "spokesman", "spokeswoman", "porte-parole"],
  ["founder", "fondateur", "fondatrice", "co-founder", "cofounder", "cofondateur"],
  ["company", "firm", "entreprise", "société", "business", "biz", "giant"],
  ["group", "groupe", "organisation", "organization", "association"],
  ["regulator", "régulateur", "watchdog", "authority", "autorité"],
  ["platform", "plateforme", "network", "réseau"],
  ["entrepreneur", "entrepreneuse", "businessman", "businesswoman", "tycoon", "mogul", "magnate"],
  ["commissioner", "commissaire", "haut-commissaire"],
  ["secretary", "secrétaire", "secretary-general"],
];

const CLASS_OF = new Map<string, number>();
HEAD_CLASSES.forEach((c, k) => { for (const w of c) CLASS_OF.set(fold(w), k); });

/** Whether a role word and a head noun name the same function ("pdg" and "ceo"). */
export function sameHead(word: string, head: string): boolean {
  const a = fold(word);
  const b = fold(head);
  if (a === b) return true;
  const ca = CLASS_OF.get(a);
  return ca !== undefined && ca === CLASS_OF.get(b);
}

/** The folded words of a role text, with "United Nations" also as "un". */
export function roleWords(role: string): Set<string> {
  const words = fold(role).split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== "");
  const out = new Set(words.flatMap((w) => (w.includes("-") ? [w, ...w.split("-")] : [w])));
  if (out.has("united") && out.has("nations")) out.add("un");
  if (out.has("un")) { out.add("united"); out.add("nations"); }
  return out;
}
