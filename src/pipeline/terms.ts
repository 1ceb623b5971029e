import type { Language } from "../schema/quote.ts";
import { LETTER, LN, SPACE, classAt, classOf, isSpace, upperOrNumber, widthAt } from "./chars.ts";
import { termCue, verbCue } from "./cues.ts";
import { INDEFINITE_ARTICLES } from "./names-lexicon.ts";

/** Spans up to this many words are "short": without a speech cue they are terms, not quotations. */
export const SHORT_WORDS = 4;
/** termCue's reason for a vote option, which is at most VOTE_WORDS words. */
const VOTE = "vote option";
const VOTE_WORDS = 2;
/** Title Case spans up to this many words read as names of works, awards, campaigns. */
const TITLE_WORDS = 6;

const LOWER_IN_TITLES = new Set(["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "de", "la", "le", "les", "du", "des", "et", "der", "die", "das", "und", "von"]);

/** Pieces of `text` between whitespace that hold a letter or digit. */
export function wordCount(text: string): number {
  return countWords(text, Number.POSITIVE_INFINITY);
}

/** Whether `text` holds at least `n` words, reading no further than the n-th. */
export function atLeastWords(text: string, n: number): boolean {
  return countWords(text, n) >= n;
}

/** `wordCount`, stopping once `limit` words are counted. */
function countWords(text: string, limit: number): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length && n < limit; ) {
    const cls = classAt(text, i, text.length);
    if ((cls & SPACE) !== 0) counted = false;
    else if (!counted && (cls & LN) !== 0) {
      counted = true;
      n++;
    }
    i += widthAt(text, i, text.length);
  }
  return n;
}

/**
 * Whether `text` has at most `n` pieces (between whitespace) holding a letter; stops reading once
 * it has seen more. More than TITLE_WORDS such pieces rule out a title and a short span alike.
 */
function atMostLetterWords(text: string, n: number): boolean {
  let pieces = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c > 127 && (classOf(c) & SPACE) !== 0)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    const letter = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & LETTER) !== 0;
    if (letter) {
      counted = true;
      if (++pieces > n) return false;
    }
  }
  return true;
}

/**
 * `Das Goldene Lenkrad`, `Person of the Year`: every content word capitalised, no sentence
 * punctuation. Content words are the pieces between whitespace that hold a letter.
 */
export function isTitleCase(text: string): boolean {
  const to = text.length;
  let words = 0;
  let last = -1; // the last character that is not whitespace
  for (let i = 0; i < to; ) {
    if ((classAt(text, i, to) & SPACE) !== 0) {
      i += widthAt(text, i, to);
      continue;
    }
    const start = i;
    let letter = false;
    while (i < to) {
      const cls = classAt(text, i, to);
      if ((cls & SPACE) !== 0) break;
      if ((cls & LETTER) !== 0) letter = true;
      last = i;
      i += widthAt(text, i, to);
    }
    if (!letter) continue;
    if (++words > TITLE_WORDS) return false;
    const capital = upperOrNumber(classAt(text, start, to));
    if (!capital && (words === 1 || !LOWER_IN_TITLES.has(text.slice(start, i).toLowerCase()))) return false;
  }
  return words >= 2 && !(last >= 0 && ".,;:!?".includes(text[last] as string));
}

/** Words after which a Title Case span names who listened or where: a programme, a paper. */
const TITLE_BEFORE = new Set(["told", "on", "in", "to"]);

/** Verbs of performing: what they take, capitalised, is a work (`covered 'Thriller'`, `a chanté « La Marseillaise »`). */
const PERFORMED = new Set(["covered", "sang", "performed", "chanté", "interprété", "repris"]);
/** Nouns of a work's performance before "of": `played a version of 'Earth Song'`. */
const RENDITIONS = new Set(["version", "cover", "rendition"]);

/** The reason of a short span nothing credits to anyone. */
export const NO_SPEAKER = "no speaker";
/** termCue's reason for what a naming verb governs (`dubbed the plan “Operation …”`). */
export const NAME = "name";

/** The first word of a span, lowercase, past its opening punctuation. */
function firstWord(text: string): string {
  return (/\p{L}+/u.exec(text)?.[0] ?? "").toLowerCase();
}

/** The nouns of a group that name it right after them (the reason given is a name's). */
const GROUPS = new Set(["collectif", "collective", "association", "mouvement", "movement"]);
/** Articles before a group's noun: "du collectif", not the adjective of "une mobilisation collective". */
const GROUP_ARTICLES = new Set(["le", "l'", "l’", "du", "un", "the", "a", "its", "their", "son", "leur"]);

/** Whether the words before a span end on a group's noun and its article (`membre du collectif`). */
function groupNoun(before: readonly string[]): boolean {
  const n = before.length;
  return n >= 2 && GROUPS.has(before[n - 1] as string) && GROUP_ARTICLES.has(before[n - 2] as string);
}

/** Articles a name may open on ("la mer est à tout le monde"); a predicate opens on a verb, an adverb or "qui". */
const NAME_ARTICLES = new Set(["le", "la", "les", "l", "un", "une", "the", "a", "an"]);

/** Whether a group's quoted words open as a name does: on a capital or an article ("déplore vivement…" is what it says). */
function namelike(text: string): boolean {
  const first = /\p{L}+/u.exec(text)?.[0] ?? "";
  return /^\p{Lu}/u.test(first) || NAME_ARTICLES.has(first.toLowerCase());
}
/** Words a group's name may run to. */
const GROUP_NAME_WORDS = 10;

/** The reason named campaigns and operations are terms (`la campagne « Trains pour tous »`). */
const CAMPAIGN = "campaign";
/** termCue's reason for a theme or a motto (`sur le thème : « … »`), which gives way as a campaign's does. */
const THEME = "theme";

/**
 * Why a span is a term rather than someone's words, or null when it reads as speech. Only short
 * (or Title Case) spans can be terms: an explicit non-speech cue before them (`voted "yes"`, `on the
 * charge of`) decides; otherwise they are terms unless a speech cue credits them to someone.
 * `saidAfter`: a reporting clause right after the span gives it to someone.
 */
export function termReason(text: string, before: readonly string[], language: Language, credited: boolean, saidAfter = false): string | null {
  // `le collectif « La mer est à tout le monde »`: a group's name may read as a clause and run longer.
  // Not its predicate: "l’association « a toujours respecté la loi »".
  if (groupNoun(before) && namelike(text) && atMostLetterWords(text, GROUP_NAME_WORDS)) return NAME;
  // Long spans are speech: a bounded count decides without reading all their words.
  if (!atMostLetterWords(text, Math.max(SHORT_WORDS, TITLE_WORDS))) return null;
  const title = isTitleCase(text);
  // "The campaign “is clearly working,” X said", "The initiative “saves lives,” added Y": after a campaign's
  // noun, a clause, or words a cue after them gives someone, are said of it, not its name.
  // "his re-election campaign, “very soon.”": past a comma, a campaign's noun names nothing (a work's
  // may: "un premier long métrage, « Une jeune femme qui marche »").
  const comma = before[before.length - 1] === ",";
  const words = comma ? before.slice(0, -1) : before;
  const kind = termCue(words, language);
  const found = comma && kind === CAMPAIGN ? null : kind;
  // "called Ms McDonald a “very capable woman”", "called winning “a blur and surreal”": what one is
  // called with an article is a judgement, someone's words; a name takes none.
  const judged = found === NAME && (INDEFINITE_ARTICLES.has(words[words.length - 1] ?? "") || INDEFINITE_ARTICLES.has(firstWord(text)));
  // So do a theme's and a motto's ("The theme “will dominate the campaign”, predicted…").
  const cue = ((found === CAMPAIGN || found === THEME) && (saidAfter || readsAsClause(text, language))) || judged ? null : found;
  // A work named after its kind (`le long métrage « Une jeune fille qui va bien »`) may run longer, and
  // so may an award (`sacré « Meilleur film étranger en coproduction »`).
  // So may a nickname no one is credited with: "ils sont surnommés les « anges gardiens de la mer »".
  if (wordCount(text) > SHORT_WORDS && !title) return cue === "title" || cue === "award" || (cue === NAME && !credited && !readsAsClause(text, language)) ? cue : null;
  // A vote option is a word or two (`voted "remain"`); a longer span after `voté` is how, not what.
  if (cue !== null && !(cue === VOTE && wordCount(text) > VOTE_WORDS)) return cue;
  // `told “Squawk on the Street”`, `interviewed on “Today”`: a Title Case listener or venue is a name.
  if (title && TITLE_BEFORE.has(words[words.length - 1] ?? "")) return "title";
  const performed = PERFORMED.has(words[words.length - 1] ?? "") || (words[words.length - 1] === "of" && RENDITIONS.has(words[words.length - 2] ?? ""));
  if (performed && upperOrNumber(classAt(text, 0, text.length))) return "title";
  if (credited) return null;
  if (title) return "title";
  // Someone's words, even without a cue of their own: the object of a speech verb just before
  // (`insisted on the "…"`, `a dénoncé des « … »`). Clauses are read later (repeats.ts), where
  // nested quotations, which stay terms, can be told apart.
  if (governedBySpeech(words, language)) return null;
  return NO_SPEAKER;
}

/*
 * A clause is told by its function words: a subject pronoun or a finite auxiliary, modal or copula.
 * Terms (`fast-track`, `incitement to violence`, `consensus scientifique`) are noun phrases and
 * hold none of them. Words are compared lowercase, with ’ folded into '.
 */
const CLAUSE_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set((
    "i we you he she they i'm i've i'll i'd we're we've we'll we'd you're you've you'll he's she's it's they're they've they'll " +
    "am is are was were will would can could should must shall may might " +
    "don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't isn't aren't wasn't weren't hasn't haven't hadn't " +
    "there's that's let's"
  ).split(" ")),
  fr: new Set((
    "je j' tu il elle on nous ils elles c'est ce sont ça ca cela ceci " +
    "suis es est sommes êtes sont étais était étions étiez étaient serai sera serons seront serait seraient " +
    "ai as a avons avez ont avais avait avaient aura auront aurait auraient " +
    "va vont vais allons peut peuvent pouvons doit doivent devons faut fallait faudra faudrait veut veulent voulons " +
    "n'est n'a n'ont n'ai ne n'y"
  ).split(" ")),
};

/** French elisions that stand before the word they belong to: `c’est` reads as `c'` + `est`. */
const ELISION = /^(?:c|j|n|l|d|qu|s|m|t)'(.+)$/;

/** Whether `w` starts and ends on a letter, a digit or an apostrophe, which trimming keeps (surrogates are left to the pattern). */
function keptWhole(w: string): boolean {
  return w.length > 0 && keptEnd(w.charCodeAt(0)) && keptEnd(w.charCodeAt(w.length - 1));
}

function keptEnd(code: number): boolean {
  return code === 39 || ((code < 0xd800 || code > 0xdfff) && (classOf(code) & LN) !== 0);
}

/**
 * Whether a short span holds a subject pronoun or a finite auxiliary: it is a clause, someone's words.
 * Its words are lowercase, ’ folded into ', punctuation trimmed from their ends; each is trimmed only
 * when reached, since the first clause word decides.
 */
export function readsAsClause(text: string, language: Language): boolean {
  const words = CLAUSE_WORDS[language];
  const folded = text.toLowerCase().replace(/[’‘`]/g, "'");
  // Its white-space separated words one at a time: splitting the whole text first cost more than the
  // search, which usually ends on the first words.
  for (let i = 0; i < folded.length; ) {
    while (i < folded.length && isSpace(folded.charCodeAt(i))) i++;
    let j = i;
    while (j < folded.length && !isSpace(folded.charCodeAt(j))) j++;
    const raw = folded.slice(i, j);
    i = j;
    // Most words have nothing to trim: the pattern, end-anchored, would still be tried at each of their characters.
    const w = keptWhole(raw) ? raw : raw.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, "");
    if (w === "") continue;
    if (words.has(w)) return true;
    if (language === "fr") {
      // j’ai, n’a, qu’il, s’est: a pronoun or negation elided before a verb, or a verb after an elision.
      const m = ELISION.exec(w);
      if (m !== null && (words.has(m[1] as string) || w.startsWith("j'") || w.startsWith("n'"))) return true;
    }
  }
  return false;
}

/** Speech verbs that take the quoted words as their object but report no speech on their own. */
const GOVERNING: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set("denounced denounces decried decries condemned condemns slammed slams described describes lamented laments hailed hails praised praises".split(" ")),
  fr: new Set("dénoncé dénonce dénonçant décrit décrivant évoqué évoque évoquant fustigé fustige qualifié qualifie parlé parle parlant déploré déplore salué salue".split(" ")),
};

/** Bare verbs of saying take a quotation, not a noun phrase after them: `said. The "…"` is a new sentence. */
const SAYING: ReadonlySet<string> = new Set("said says say told tells added adds wrote writes asked asks replied dit dire déclaré ajouté écrit demandé répondu".split(" "));

/** Words that may stand between a governing verb and its quoted object. */
const LINKS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set("on of about against for the a an his her their its our this that these those it them as to".split(" ")),
  fr: new Set("sur de des du d' le la les l' un une contre à au aux son sa ses leur leurs ce cet cette ces notre nos votre vos comme".split(" ")),
};

/**
 * Whether a speech verb among the (up to three) words before the span governs it: only linking
 * words (prepositions, determiners) stand between (`insisted on the`, `a insisté sur le`, `warned of`).
 */
export function governedBySpeech(before: readonly string[], language: Language): boolean {
  const links = LINKS[language];
  const governing = GOVERNING[language];
  for (let k = before.length - 1; k >= 0; k--) {
    const w = (before[k] as string).replace(/’/g, "'");
    if (links.has(w)) continue;
    if (SAYING.has(w)) return false;
    return governing.has(w) || verbCue(w, language) !== null;
  }
  return false;
}

/** Verbs that judge their object in the words that follow a preposition: `a qualifié le projet de « … »`. */
const JUDGING: Readonly<Record<Language, ReadonlyMap<string, ReadonlySet<string>>>> = {
  en: new Map([["as", new Set("described describes branded brands denounced denounces condemned condemns slammed slams".split(" "))]]),
  fr: new Map([
    ["de", new Set("qualifié qualifie qualifiant traité traite taxé taxe".split(" "))],
    ["d'", new Set("qualifié qualifie qualifiant traité traite taxé taxe".split(" "))],
    // "d’« effroyable »": the apostrophe may go with the quotation's marks.
    ["d", new Set("qualifié qualifie qualifiant traité traite taxé taxe".split(" "))],
    ["comme", new Set("décrit décrivant dénoncé dénonce".split(" "))],
  ]),
};

/** What may stand before a French participle that makes it the sentence's verb: "a qualifié", "l’a qualifié". */
const AUXILIARIES_FR = new Set(["a", "ont", "avait", "avaient", "aurait", "auraient"]);

/**
 * "described the strike as", "a qualifié le projet de": a judging verb in a tense of its own, its
 * object, then the word that leads to the judgement. The words are the verb's subject's, when the
 * sentence names one; not a participle's ("Paul Martin, traité de « menteur »," was called one).
 */
export function judgedAs(before: readonly string[], language: Language): boolean {
  const verbs = JUDGING[language].get((before[before.length - 1] ?? "").replace(/’/g, "'"));
  if (verbs === undefined) return false;
  for (let k = before.length - 2; k >= 0 && k >= before.length - 5; k--) {
    const w = before[k] as string;
    if (!verbs.has(w)) continue;
    const participle = language === "fr" && /é$|t$/.test(w) && w !== "traite";
    return !participle || AUXILIARIES_FR.has(before[k - 1] ?? "");
  }
  return false;
}
