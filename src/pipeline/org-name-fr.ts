import { CALENDAR, NATIONALITIES_FR } from "./names-lexicon.ts";
import type { Token } from "./tokens.ts";
import { CAPITALISED, CONNECTOR, FR_VERB_FORM, LOWERCASE, NAME_WORD, NOT_NAME, ORG_WORD, PREPOSITION_FR, adjectiveFr } from "./words.ts";

/** Endings of adjectives institutions take besides the common ones: `européenne`, `socialiste`, `suprême`, `romande`, `agricole`. */
const INSTITUTION_ADJECTIVE = /(?:and|ande|ole|éen|éenne|iste|ate|ême|eure)$/u;
/** Prepositions that open the complement of an institution's name: `des paysans`, `du travail`, `de la magistrature`. */
const OF = new Set(["de", "des", "du", "d’", "d'"]);
const ARTICLES = new Set(["la", "l’", "l'"]);
/** Words that end a name whatever their ending: a relative, a conjunction, a pronoun. */
const STOPS = new Set(["qui", "que", "qu’", "qu'", "dont", "et", "ou", "mais", "lui", "leur", "elle", "il", "se", "s’", "s'", "y", "en"]);
/** How many lowercase words a name may take after its capitalised noun. */
const MAX_TAIL = 8;

function lowerWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word" && (t.flags & LOWERCASE) !== 0 && t.info.verb.fr === null && !STOPS.has(t.lower);
}

function adjective(t: Token | undefined): boolean {
  if (!lowerWord(t)) return false;
  const one = t.lower.endsWith("s") ? t.lower.slice(0, -1) : t.lower;
  return adjectiveFr(t.lower) || INSTITUTION_ADJECTIVE.test(one) || NATIONALITIES_FR.has(t.lower);
}

/**
 * `l’Union suisse des paysans`, `le Parti socialiste`, `la Fédération française de football`: French
 * writes an institution's name with one capital, its adjectives and its complement lowercase. Given
 * the index of a capitalised institution noun, the index of the name's last word (itself when no
 * lowercase part follows). With `kindBefore` (a body's kind noun stands before it), any capitalised word opens one.
 */
export function frenchOrgNameEnd(tokens: readonly Token[], k: number, kindBefore = false): number {
  const head = tokens[k];
  if (head === undefined || (head.flags & CAPITALISED) === 0) return k;
  let end = k;
  // "l’association France urbaine", "le collectif Paris solidaire": after a body's kind noun, any capitalised
  // word may open the name; only adjectives go on with it.
  if ((head.flags & ORG_WORD) === 0) {
    if (!kindBefore) return k;
    while (end < k + 2 && adjective(tokens[end + 1])) end++;
    return end;
  }
  for (let n = k + 1; n <= k + MAX_TAIL && adjective(tokens[n]); n++) end = n;
  // "la Coalition avenir Québec": a lowercase noun, then the one capitalised word that closes the name.
  const noun = tokens[k + 1];
  const close = tokens[k + 2];
  if (end === k && lowerWord(noun) && (noun.flags & (FR_VERB_FORM | NOT_NAME | PREPOSITION_FR | CONNECTOR)) === 0 && noun.lower.length > 3 && !CALENDAR.has(noun.lower) && close !== undefined && close.kind === "word" && (close.flags & CAPITALISED) !== 0 && (close.flags & NAME_WORD) !== 0 && ((tokens[k + 3]?.flags ?? 0) & CAPITALISED) === 0) return k + 2;
  // Complements, two at most ("des producteurs de lait"): a preposition, maybe an article, a noun, its adjectives.
  for (let of = 0; of < 2 && OF.has(tokens[end + 1]?.lower ?? ""); of++) {
    let c = end + 2;
    if (ARTICLES.has(tokens[c]?.lower ?? "")) c++;
    if (!lowerWord(tokens[c]) || c > k + MAX_TAIL) break;
    end = c++;
    while (c <= k + MAX_TAIL && adjective(tokens[c])) end = c++;
  }
  return end;
}
