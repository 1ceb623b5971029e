import type { Token } from "./tokens.ts";
import { LOWERCASE } from "./words.ts";

/** Verbs and participles that give a thing the name after them: "known as", "called", "appelé". */
const NAMING = new Set(["called", "named", "dubbed", "nicknamed", "appelé", "appelée", "appelés", "appelées", "baptisé", "baptisée", "baptisés", "baptisées", "nommé", "nommée", "surnommé", "surnommée", "surnommés", "surnommées"]);

/**
 * Nouns of places and things whose names look like people's: "the area of marsh known as Humphrey Head",
 * "a horse named Red Rum". A list, since nouns for people are too many to rule out ("a jogger named Dana Whitlock").
 */
const THINGS = new Set([
  "area", "marsh", "headland", "site", "field", "farm", "estate", "street", "road", "lane", "hill", "mountain", "peak", "lake",
  "river", "stream", "island", "beach", "bay", "wood", "woods", "forest", "village", "hamlet", "district", "neighbourhood",
  "neighborhood", "square", "park", "bridge", "building", "tower", "house", "pub", "bar", "restaurant", "cafe", "shop", "boat",
  "ship", "yacht", "vessel", "horse", "dog", "cat", "storm", "hurricane", "operation", "plan", "project", "spot", "place", "point",
  "zone", "quartier", "lieu-dit", "colline", "montagne", "lac", "rivière", "île", "plage", "baie", "bois", "forêt", "hameau",
  "rue", "pont", "bâtiment", "tour", "maison", "bateau", "navire", "voilier", "cheval", "chien", "chat", "tempête",
  "opération", "projet", "secteur", "parcelle", "domaine", "ferme", "marais", "plateau", "vallée", "col",
]);

/**
 * Whether the name opening at `from` is what a thing is called: "the area of marsh known as Humphrey Head",
 * "un quartier appelé Jean-Moulin". Only right after a noun of a place or a thing: "a man called Sam", "a jogger
 * named Dana Whitlock", "the firm called Acme", "he is known as Jo" keep their speaker.
 */
export function namedThing(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? "";
  const verb = before === "as" && tokens[from - 2]?.lower === "known" ? from - 2 : NAMING.has(before) ? from - 1 : -1;
  if (verb < 1) return false;
  const noun = tokens[verb - 1] as Token;
  return noun.kind === "word" && (noun.flags & LOWERCASE) !== 0 && THINGS.has(noun.lower);
}
