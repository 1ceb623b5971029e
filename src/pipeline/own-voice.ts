import type { Language } from "../schema/quote.ts";
import type { Gender } from "./mentions.ts";

/**
 * Whether a quotation reads as someone speaking for themselves: it says "I" or "we", addresses no one
 * as "you", asks nothing, and speaks of no one as "he" or "she" of the gender given. Only such words
 * are given, on no cue at all, to the person the last paragraph ended on ("Yip stayed off his bike.
 * He skis. ¶ “We had a really fast group…”"); a tribute ("“She was the heart of this street.”"), a
 * judge's words to the accused ("« Vous avez brisé une famille. »") or an interviewer's question are
 * someone else's.
 */
export function speaksForSelf(text: string, language: Language, gender: Gender | null): boolean {
  const words = wordsOf(text, language);
  if (/\?\s*[»”"’]?\s*$/u.test(text)) return false;
  const voice = VOICE[language];
  const other = gender === null ? null : voice.third[gender];
  let self = false;
  for (const w of words) {
    if (voice.second.has(w) || other?.has(w) === true) return false;
    if (voice.first.has(w)) self = true;
  }
  return self;
}

interface Voice {
  first: ReadonlySet<string>;
  second: ReadonlySet<string>;
  /** Pronouns that speak of someone else; French "il" is left out, as impersonal as it is personal ("il faut"). */
  third: Readonly<Record<Gender, ReadonlySet<string>>>;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(" "));

const VOICE: Readonly<Record<Language, Voice>> = {
  en: {
    first: set("i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves"),
    second: set("you you're you've you'd you'll your yours yourself yourselves"),
    third: { male: set("he he's he'd he'll him his himself"), female: set("she she's she'd she'll her hers herself") },
  },
  fr: {
    first: set("je j' me m' moi mon ma mes nous notre nos on"),
    second: set("tu t' te toi ton ta tes vous votre vos"),
    third: { male: set("lui"), female: set("elle elles") },
  },
};

/** First-person words that speak for a body, by language: "we", "our", « nous ». */
const BODY_VOICE: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: set("we we're we've we'd we'll us our ours ourselves"),
  fr: set("nous notre nos"),
};

/**
 * Whether a quotation speaks only for its speaker: it says "I" and never "we" ("I heard a bang…"), as a witness's
 * words do and a spokesman's ("We have taken the decision", "I would urge anyone… to contact us") do not.
 */
export function speaksAsOne(text: string, language: Language): boolean {
  const body = BODY_VOICE[language];
  const first = VOICE[language].first;
  let one = false;
  for (const w of wordsOf(text, language)) {
    if (body.has(w)) return false;
    if (first.has(w) && w !== "on") one = true;
  }
  return one;
}

/** Lowercase words with curly apostrophes straightened; French elisions ("j’ai") give their pronoun as "j'". */
function wordsOf(text: string, language: Language): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`]/gu, "'").matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*'?/gu)) {
    const w = m[0];
    const elided = language === "fr" ? /^([a-z]')./u.exec(w) : null;
    out.push(elided !== null ? (elided[1] as string) : w);
  }
  return out;
}
