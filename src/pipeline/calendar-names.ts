import { CALENDAR } from "./names-lexicon.ts";
import { reflagged, type Token } from "./tokens.ts";
import { AND_WORDS, CAPITALISED, FEMALE_FIRST, MALE_FIRST, NAME_WORD } from "./words.ts";

/** Words after which a month is a date: "in June", "since Jan", "fin avril" (capitalised in titles, "Fin Juin"). */
const DATE_LEADS = new Set([
  "in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late", "mid", "this", "each", "every", "before", "after", "through", "to", "during", "end", "between",
  "en", "le", "depuis", "début", "debut", "fin", "mi", "courant", "jusqu’en", "au", "du", "de", "d’", "dès", "avant", "après", "ce", "chaque",
]);

/** Articles before a month that opens a day's or holiday's name: "a May Day rally". */
const ARTICLES = new Set(["a", "an", "the"]);

/** Days that are first names too ("Tuesday"), whose place in a sentence is nearly always a date's. */
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

const FIRST = MALE_FIRST | FEMALE_FIRST;

const isDigits = (t: Token | undefined) => t !== undefined && /^\d/.test(t.text);
const capitalisedFirst = (t: Token | undefined) => t !== undefined && t.kind === "word" && (t.flags & CAPITALISED) !== 0 && (t.flags & FIRST) !== 0;
const speechVerb = (t: Token | undefined) => t !== undefined && t.kind === "word" && t.text === t.lower && (t.info.verb.en !== null || t.info.verb.fr !== null);

/**
 * "Jan told the outlet", "Owners Jan and Don Wilke", "April Jones said", "…, said June.": a month that is a
 * first name too is a name where what stands around it is a name's company (a surname, "and" and a first
 * name, a verb of speech), and never beside a number or after a word that sets a date ("in June", "Jan 5").
 * Returns `tokens`, with such words made name words in place.
 */
export function nameCalendarWords(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!capitalisedFirst(t) || (t.flags & NAME_WORD) !== 0 || !CALENDAR.has(t.lower)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "Theresa May": after a first name it is a surname, which the article's own usage teaches (word-surnames.ts).
    // "said Tuesday": a weekday after a verb is when, in the American way.
    // "Jan. 5", "Mar. 3": an abbreviation's stop before a date.
    if (t.possessive || WEEKDAYS.has(t.lower) || capitalisedFirst(prev) || isDigits(prev) || isDigits(next) || DATE_LEADS.has(prev?.lower.replace("'", "’") ?? "") || ((next?.text === "," || next?.text === ".") && isDigits(tokens[i + 2]))) continue;
    // "a May Day rally", "the June Bank Holiday": after an article, a name word runs on a day's or holiday's name.
    const surname = next !== undefined && next.kind === "word" && (next.flags & NAME_WORD) !== 0 && !CALENDAR.has(next.lower) && !ARTICLES.has(prev?.lower ?? "");
    // "April and May are the busiest months": a partner that is a month too makes two months.
    const partner = next !== undefined && AND_WORDS.has(next.lower) && capitalisedFirst(tokens[i + 2]) && !CALENDAR.has(tokens[i + 2]?.lower ?? "");
    const speaks = speechVerb(next);
    // "…, said June." Only closing the clause: "said May was its worst month", "reported June trading" are dates.
    const spoken = speechVerb(prev) && (next === undefined || next.text === "," || (next.text === "." && !isDigits(tokens[i + 2])));
    if (surname || partner || speaks || spoken) tokens[i] = reflagged(t, t.flags | NAME_WORD);
  }
  return tokens;
}
