import { lowerAt, mentionStarting, named, type Ctx } from "./context.ts";
import type { Mention } from "./mentions.ts";

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
  for (let k = from + 1; k <= end; k++) {
    const m = mentionStarting(ctx, k);
    view ||= VIEW_NOUNS.has(lowerAt(ctx, k));
    if (m === null) continue;
    if (!view && k !== from + 2) return null;
    // "Même constat pour la maire" holds a role: only a name, right after its preposition, early in the clause.
    if (m.kind !== "name" || m.type !== "person" || k > from + MAX_LEAD + 1 || !WHOSE.has(lowerAt(ctx, k - 1))) return null;
    holder = m;
    break;
  }
  // What follows the name is its appositive, up to the colon: a comma must part them.
  if (holder === null || (holder.last < end && (ctx.tokens[holder.last + 1]?.text !== "," || INSTEAD.has(lowerAt(ctx, holder.last + 2))))) return null;
  return named(ctx, holder);
}
