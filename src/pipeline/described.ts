import type { Ctx } from "./context.ts";
import { opensGroup } from "./group-mentions.ts";
import type { Mention } from "./mentions.ts";
import { ADJECTIVE_FR, CAPITALISED, FR_VERB_FORM, GROUP_WORD, ING_LY_ED, PREMODIFIER, ROLE_WORD, adjectiveFr } from "./words.ts";
import { AUXILIARIES_EN, INFINITIVES_FR, VERB_OPENERS_FR } from "./names-lexicon.ts";

/** Words that carry a role phrase on to its complement: `le président de la 12e chambre`. */
const LINKS = new Set(["of", "for", "at", "the", "de", "du", "des", "d’", "d'", "la", "le", "l’", "l'", "en"]);
/** Words that start a clause or another phrase: the description stops before them. */
const STOPS = new Set([
  "who", "which", "that", "whose", "and", "or", "but", "said", "says", "told", "qui", "que", "qu’", "dont", "et", "ou", "mais",
  "a", "est", "était", "avait", "ont", "is", "was", "has", "had", "on", "in", "with", "to", "à", "au", "aux", "sur", "dans", "avec", "par", "pour",
  // "One of the managers will be retained", "l’un des agriculteurs sera indemnisé": a modal or a future opens the verb.
  ...AUXILIARIES_EN, ...VERB_OPENERS_FR,
  // "l’avocat en s’adressant aux jurés": a clitic pronoun opens a verb, not a complement.
  "s’", "s'", "se", "lui", "leur", "y", "m’", "me", "nous", "vous",
]);
const ARTICLES_FR = new Set(["le", "la", "les", "l’", "l'", "un", "une"]);
/** How many words a description may add after the role noun phrase. */
const MAX_EXTRA = 9;
const DETERMINER = /^(?:The|A|An|Another|Le|La|L’|L'|Les|Un|Une|Son|Sa|Ses|Leur|Its|His|Her|Their|This|Ce|Cette|Cet)\b/u;

/**
 * How readers are told of a speaker the text never names: the role phrase that designates them,
 * with the complements that make it specific (`le président de la 12e chambre correctionnelle`,
 * `a spokesperson for the county`), stopping at a verb, a clause or punctuation. A capitalised
 * determiner is lowered: the phrase is shown mid-sentence ("— le procureur").
 */
export function describedAs(ctx: Ctx, m: Mention): string {
  const { tokens, language } = ctx;
  let last = m.last;
  // "le président de la 12e" already opened its complement: "chambre correctionnelle" goes on with it.
  let complement = false;
  for (let k = m.first + 1; k <= m.last && !complement; k++) complement = LINKS.has(tokens[k]?.lower ?? "");
  for (let k = m.last + 1; k < tokens.length && k <= m.last + MAX_EXTRA; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word" || STOPS.has(t.lower) || t.info.verb[language] !== null || INFINITIVES_FR.has(t.lower)) break;
    // "Le voisin l’attend", "the neighbour the police questioned": an article no preposition leads opens another phrase.
    if (!complement && (t.lower === "the" || ARTICLES_FR.has(t.lower))) break;
    // "a neighbour living nearby", "le procureur chargé du dossier": a participle starts another phrase.
    if ((t.flags & (language === "en" ? ING_LY_ED : FR_VERB_FORM)) !== 0) break;
    // "une professionnelle en montre un": "en" before a verb and its object is a pronoun ("infirmière en chef" is not).
    if (t.lower === "en" && ARTICLES_FR.has(tokens[k + 2]?.lower ?? "")) break;
    if (LINKS.has(t.lower)) {
      complement = true;
      continue;
    }
    // Past the noun only its complement ("de la 12e chambre") or, in French, an adjective ("adjoint").
    // "la police cantonale appelle les randonneurs": a word before an article is a verb, whatever its ending.
    if (!complement && !(language === "fr" && ADJECTIVE_FR.test(t.lower) && !ARTICLES_FR.has(tokens[k + 1]?.lower ?? ""))) break;
    // "le patron du service de transports va même plus loin": in French, after the complement's noun only
    // an adjective goes on; anything else is the verb.
    // An ordinal is no noun: "de la 12e chambre".
    const prev = tokens[k - 1]?.lower ?? "";
    if (language === "fr" && complement && last === k - 1 && !LINKS.has(prev) && !/^\d/.test(prev) && (t.flags & CAPITALISED) === 0 && !adjectiveFr(t.lower)) break;
    // A name after the role is its holder or another mention: only what it is *of* belongs here.
    // A name it is of goes on to its end ("at the World Health Organization").
    const inName = last === k - 1 && ((tokens[k - 1]?.flags ?? 0) & CAPITALISED) !== 0 && k - 1 > m.last;
    if ((t.flags & CAPITALISED) !== 0 && !LINKS.has(tokens[k - 1]?.lower ?? "") && !inName) break;
    last = k;
  }
  const a = tokens[m.first];
  const z = tokens[last];
  if (a === undefined || z === undefined) return m.text;
  const text = ctx.source.slice(a.start - ctx.base, z.end - ctx.base).replace(/\s+/gu, " ");
  // "Officials said", "Union officials said": a group's first word is capitalised by the sentence only.
  const lowered = DETERMINER.test(text) || (m.plural && ((a.flags & (GROUP_WORD | ROLE_WORD | PREMODIFIER)) !== 0 || opensGroup(a.lower)));
  // "COUNCIL chiefs have said": a word in capitals (a newspaper's lead-in) is lowered whole.
  if (!lowered) return text;
  const word = a.text;
  return word.length > 1 && word === word.toUpperCase() && (a.flags & (ROLE_WORD | GROUP_WORD)) !== 0 ? word.toLowerCase() + text.slice(word.length) : text.charAt(0).toLowerCase() + text.slice(1);
}
