import { slugify } from "./slug.ts";
/** Small helpers to compare names and roles across spellings and languages. */

const FOLDED = new Map<string, string>();
/** Names and role words repeat endlessly in an article; folding each once keeps lookups cheap. */
const FOLD_CACHE_LIMIT = 50_000;

/** Lowercase, no diacritics, no possessive: "Türk’s" and "turk" compare equal. */
export function fold(s: string): string {
  const hit = FOLDED.get(s);
  if (hit !== undefined) return hit;
  const out = foldUncached(s);
  if (FOLDED.size < FOLD_CACHE_LIMIT && s.length < 200) FOLDED.set(s, out);
  return out;
}

function foldUncached(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[’']/g, "'")
    .trim();
}

/** Speaker ids use the site's one slug rule, so a person's id is the same wherever it is made. */
export function slug(name: string): string {
  return slugify(name, 120);
}

/** Role heads that name the same function in English and French. */
const HEAD_CLASSES: readonly (readonly string[])[] = [
  ["ceo", "pdg", "dg", "chief executive", "executive"],
  ["president", "président", "présidente", "president-elect", "chairman", "chairwoman", "chairperson"],
  ["chief", "chef", "cheffe", "head", "boss", "patron", "patronne", "leader", "dirigeant", "dirigeante"],
  ["director", "directeur", "directrice"],
  ["minister", "ministre"],
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
  ["lawyer", "avocat", "avocate", "attorney", "barrister", "solicitor", "counsel"],
  ["bishop", "évêque", "archbishop", "archevêque", "prélat", "prelate"],
  ["doctor", "docteur", "docteure", "médecin", "physician"],
  ["priest", "prêtre", "curé", "abbé"],
  ["pastor", "pasteur", "pasteure", "reverend"],
  ["rabbi", "rabbin"],
  ["mp", "msp", "mla", "mpp", "député", "députée", "parlementaire", "lawmaker", "legislator", "élu", "élue"],
  ["judge", "juge", "magistrate", "magistrat"],
  ["mayor", "maire", "mairesse", "bourgmestre", "mayeur", "mayeure", "édile"],
  ["coach", "entraîneur", "entraineur", "sélectionneur"],
];

const CLASS_OF = new Map<string, number>();
HEAD_CLASSES.forEach((c, k) => { for (const w of c) CLASS_OF.set(fold(w), k); });

/** A key equal for role words naming the same function ("pdg" and "ceo" share one). */
export function headKey(word: string): string {
  const w = fold(word);
  const c = CLASS_OF.get(w);
  return c === undefined ? w : `#${c}`;
}

/** Whether a role word and a head noun name the same function ("pdg" and "ceo"). */
export function sameHead(word: string, head: string): boolean {
  return headKey(word) === headKey(head);
}

/** The folded words of a role text, with "United Nations" also as "un". */
export function roleWords(role: string): Set<string> {
  // "de l’Agriculture": an elided article ("l", "d") says nothing of the role.
  const words = fold(role).split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 1 || /\d/u.test(w));
  const out = new Set(words.flatMap((w) => (w.includes("-") ? [w, ...w.split("-")] : [w])));
  if (out.has("united") && out.has("nations")) out.add("un");
  if (out.has("un")) { out.add("united"); out.add("nations"); }
  return out;
}
