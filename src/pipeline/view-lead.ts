import { lowerAt, mentionStarting, named, type Ctx } from "./context.ts";
import type { Mention } from "./mentions.ts";
import { AUXILIARY, CAPITALISED, FINITE_VERB_FR } from "./words.ts";

/** Words opening a clause that passes the same view on to someone: "Même constat", "Autre son de cloche", "Same for". */
const SAME_OR_OTHER = new Set(["même", "mêmes", "autre", "autres", "idem", "pareil", "same", "similarly"]);
/** Prepositions that bring in whose view it is: "pour", "chez", "du côté de", "for". */
const WHOSE = new Set(["pour", "chez", "de", "côté", "for", "with"]);
/** How many words the view's noun phrase may take before its preposition: "Même son de cloche chez". */
const MAX_LEAD = 5;
/**
 * Nouns of a view, one of which the phrase must hold unless the preposition follows at once ("Même pour X,").
 * Not "soutien" nor "témoignage": "Autre témoignage accablant pour Marc Lefranc, celui d'une stagiaire" is about him.
 */
const VIEW_NOUNS = new Set([
  "constat", "constats", "son", "discours", "ton", "analyse", "sentiment", "avis", "réaction", "point", "inquiétude",
  "colère", "satisfaction", "impression", "optimisme", "prudence", "enthousiasme", "message", "topo", "histoire", "expérience",
  "story", "view", "feeling", "reaction", "verdict", "experience", "mood", "concern",
]);
/** Pronouns opening an appositive that names whose the view is instead: "…pour Marc Lefranc, celui de son adversaire". */
const INSTEAD = new Set(["celui", "celle", "ceux", "celles", "that", "those"]);

/** Prepositions and articles that open a place in French: "à la cité de l'Hers", "au Mans". */
const PLACE_WORDS = new Set(["à", "au", "aux", "dans", "la", "le", "les", "l’", "de", "du", "des", "d’", "en"]);
/** How many tokens a place set before the holder may take. */
const MAX_PLACE = 6;

/**
 * Where the place phrase ending on the mention at `k` starts, reading back over its prepositions,
 * articles and lowercase nouns to one that only opens places (à, au, aux, dans); 0 when there is none.
 */
function placeLead(ctx: Ctx, k: number, from: number): number {
  for (let j = k - 1; j > from && j >= k - MAX_PLACE; j--) {
    const w = lowerAt(ctx, j);
    if (w === "à" || w === "au" || w === "aux" || w === "dans") return j;
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== "word" || (!PLACE_WORDS.has(w) && t.text !== w)) return 0;
  }
  return 0;
}

/**
 * `Même constat pour Chantal Blot, membre d'Olivet en transition : « … »`: a clause that opens on "same"
 * or "other" and a view's noun, then names one person after "pour" or "chez", hands its colon's quotation
 * to them. `from`..`end` is the clause before the colon; the caller asks only when it found no subject
 * there. Returns that person, or null.
 */
export function viewLedHolder(ctx: Ctx, from: number, end: number): Mention | null {
  if (!SAME_OR_OTHER.has(lowerAt(ctx, from))) return null;
  let holder: Mention | null = null;
  let view = false;
  // Tokens of a place set between the view and its holder: "Même constat à la cité de l'Hers pour Léa".
  let place = 0;
  for (let k = from + 1; k <= end; k++) {
    const m = mentionStarting(ctx, k);
    view ||= VIEW_NOUNS.has(lowerAt(ctx, k));
    if (m === null) {
      // "dans le quartier des Minimes": a district's name, which no mention holds, is a place too.
      const lead = view && place === 0 && ((ctx.tokens[k]?.flags ?? 0) & CAPITALISED) !== 0 ? placeLead(ctx, k, from) : 0;
      if (lead > 0 && k - lead < MAX_PLACE) place = k - lead + 1;
      continue;
    }
    if (!view && k !== from + 2) return null;
    const lead = placeLead(ctx, k, from);
    if (view && lead > 0 && !WHOSE.has(lowerAt(ctx, k - 1)) && place === 0 && m.last - lead < MAX_PLACE) {
      place = m.last - lead + 1;
      k = m.last;
      continue;
    }
    // "Même constat pour la maire" holds a role: only a name, right after its preposition, early in the clause.
    // A name of unknown type will do when it opens on a first name: "pour Léa".
    if (m.kind !== "name" || !(m.type === "person" || (m.type === "unknown" && m.gender !== null)) || k > from + MAX_LEAD + 1 + place || !WHOSE.has(lowerAt(ctx, k - 1))) return null;
    holder = m;
    break;
  }
  // What follows the name is its appositive, up to the colon: a comma must part them.
  if (holder === null || (holder.last < end && (ctx.tokens[holder.last + 1]?.text !== "," || INSTEAD.has(lowerAt(ctx, holder.last + 2))))) return null;
  return named(ctx, holder);
}

/**
 * Words a verbless French judgement opens on, saying what someone finds possible or bearable: not "Merci pour",
 * "Bravo pour", "Justice pour", "Une nuit en cellule pour", said of the one named.
 */
const JUDGEMENTS_FR = new Set(["impossible", "difficile", "compliqué", "inconcevable", "impensable", "inenvisageable", "inacceptable", "inadmissible", "insupportable", "intolérable", "incompréhensible", "hors", "pas"]);
/** How many words a verbless French judgement may take before "pour": "Impossible pour", "Pas question non plus pour". */
const MAX_JUDGEMENT = 4;

/**
 * `Impossible pour Frank, habitant des Minimes : « … »`: a French judgement of up to four words with no verb,
 * then "pour" and one person's name (maybe with an appositive) up to the colon, says whose view the
 * quotation gives. Asked before the clause's subject, for its first word may read as a name. Returns
 * that person, or null.
 */
export function judgementHolder(ctx: Ctx, from: number, end: number): Mention | null {
  if (ctx.language !== "fr" || !JUDGEMENTS_FR.has(lowerAt(ctx, from)) || (lowerAt(ctx, from) === "pas" && lowerAt(ctx, from + 1) !== "question")) return null;
  let p = from + 1;
  while (p <= end && p <= from + MAX_JUDGEMENT && lowerAt(ctx, p) !== "pour") p++;
  if (lowerAt(ctx, p) !== "pour" || p > end) return null;
  for (let k = from; k < p; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== "word" || (t.flags & (FINITE_VERB_FR | AUXILIARY)) !== 0) return null;
    // Only the first word may read as a name, and not a first name: "Marie pour Paul" is someone.
    const m = mentionStarting(ctx, k);
    if (m !== null && m !== undefined && (k > from || m.last > from || m.gender !== null)) return null;
  }
  const holder = mentionStarting(ctx, p + 1);
  if (holder === null || holder === undefined || holder.kind !== "name" || !(holder.type === "person" || (holder.type === "unknown" && holder.gender !== null))) return null;
  if (holder.last < end && (ctx.tokens[holder.last + 1]?.text !== "," || INSTEAD.has(lowerAt(ctx, holder.last + 2)))) return null;
  // An appositive, not a clause of its own: "Trop tard pour Paul Martin, la maire en est convaincue" is hers.
  for (let k = holder.last + 1; k <= end; k++) if (((ctx.tokens[k]?.flags ?? 0) & (FINITE_VERB_FR | AUXILIARY)) !== 0) return null;
  return named(ctx, holder);
}
