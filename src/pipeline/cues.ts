import type { Language, Mode } from "../schema/quote.ts";
import { EN_IRREGULAR, EN_PREPOSITIONS, EN_REGULAR, EN_SPEECH_NOUNS, EN_TERM_CUES, inflectEn } from "./cues-en.ts";
import { FR_AUXILIARIES, FR_IRREGULAR, FR_PREPOSITIONS, FR_REGULAR, FR_SPEECH_NOUNS, FR_TERM_CUES, inflectFr } from "./cues-fr.ts";

/** A reporting verb form found in text. */
export interface VerbCue {
  mode: Mode;
  /**
   * False for -ing forms, participes présents and infinitives: their subject is not right before
   * them (`by arguing that…`, `pour rassurer…`), so the sentence's subject stands in.
   */
  finite: boolean;
  /** French past participle, which needs an auxiliary before it to report speech (`a déclaré`). */
  participle: boolean;
}

const MODES: readonly Mode[] = ["said", "told", "wrote", "tweeted", "posted", "stated"];

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== "");
}

function build(lang: Language): Map<string, VerbCue> {
  const map = new Map<string, VerbCue>();
  const regular = lang === "en" ? EN_REGULAR : FR_REGULAR;
  const irregular = lang === "en" ? EN_IRREGULAR : FR_IRREGULAR;
  // `infinitive`: the form is a French verb's infinitive (known for a regular verb, guessed from the ending for the others).
  const put = (form: string, mode: Mode, infinitive = /(?:er|ire|dre)$/.test(form)) => {
    if (map.has(form)) return;
    const finite = lang === "en" ? !form.endsWith("ing") : !(/ant$/.test(form) || infinitive);
    const participle = lang === "fr" && /(?:é|ée|és|ées|u|i|is|it)$/.test(form);
    map.set(form, { mode, finite, participle });
  };
  for (const mode of MODES) {
    for (const w of words(irregular[mode])) put(w, mode);
    // "soupire" is "soupirer"'s present, though it ends as "dire" does.
    for (const base of words(regular[mode])) for (const f of lang === "en" ? inflectEn(base) : inflectFr(base)) put(f, mode, lang === "fr" && f === base);
  }
  return map;
}

const VERBS: Readonly<Record<Language, Map<string, VerbCue>>> = { en: build("en"), fr: build("fr") };
const NOUNS: Readonly<Record<Language, Set<string>>> = {
  en: new Set(words(EN_SPEECH_NOUNS)),
  fr: new Set(words(FR_SPEECH_NOUNS)),
};
const AUX = new Set(words(FR_AUXILIARIES));
const NAMING = new Set(words(
  "called dubbed nicknamed named labelled labeled branded titled entitled baptisé baptisée surnommé surnommée " +
  "appelé appelée intitulé intitulée qualifié qualifiée " +
  // "ils sont surnommés les « anges gardiens de la mer »": a group is named as one person is.
  "baptisés baptisées surnommés surnommées appelés appelées intitulés intitulées",
));

/** English reporting verbs' base forms: "counter", "say", never "says", "said" or "saying". */
const EN_BASE_FORMS: ReadonlySet<string> = new Set([
  ...MODES.flatMap((m) => words(EN_REGULAR[m])),
  ...words("say admit quip speak tell write text email message"),
]);

/** Whether `word` (lowercase) is an English reporting verb's base form, which no singular subject takes. */
export function isEnglishBaseForm(word: string): boolean {
  return EN_BASE_FORMS.has(word);
}

/** The reporting verb `word` (any case) is, or null. */
export function verbCue(word: string, language: Language): VerbCue | null {
  return VERBS[language].get(word.toLowerCase()) ?? null;
}

/** Whether `word` gives a name or a label: `called`, `dubbed`, `qualifié`. */
export function isNamingVerb(word: string): boolean {
  return NAMING.has(word.toLowerCase());
}

/** Whether `word` is a noun that carries someone's words (letter, statement, propos…). */
export function isSpeechNoun(word: string, language: Language): boolean {
  return NOUNS[language].has(word.toLowerCase());
}

/** French passé composé auxiliary (a, ont, avait…). */
export function isAuxiliary(word: string): boolean {
  return AUX.has(word.toLowerCase());
}

/** Whether `word` is only ASCII lowercase letters (no capital can follow). */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return false;
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}

/** A phrase cut into words the way the tokenizer cuts text ("d’après" is "d’" + "après"). */
function phraseWords(p: string): string[] {
  return p.replace(/'/g, "’").replace(/’(?=\p{L})/gu, "’ ").split(/\s+/).filter((w) => w !== "");
}

/** Source prepositions by language, cut into words once. */
const PREPOSITIONS: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  en: EN_PREPOSITIONS.map(phraseWords),
  fr: FR_PREPOSITIONS.map(phraseWords),
};

/** Term cues by language, cut into words once. */
const TERM_CUES: Readonly<Record<Language, readonly (readonly [readonly string[], string])[]>> = {
  en: EN_TERM_CUES.map(([p, reason]) => [phraseWords(p), reason] as const),
  fr: FR_TERM_CUES.map(([p, reason]) => [phraseWords(p), reason] as const),
};

const PREPOSITION_STARTS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(PREPOSITIONS.en.map((ws) => ws[0] as string)),
  fr: new Set(PREPOSITIONS.fr.map((ws) => ws[0] as string)),
};

/** Whether a source preposition may start with the word `lower` (`prepositionCueAt` is 0 otherwise). */
export function startsPreposition(lower: string, language: Language): boolean {
  return PREPOSITION_STARTS[language].has(lower);
}

/** Number of words of a source preposition ("according to", "selon") starting at `i`, or 0. */
export function prepositionCueAt(lower: readonly string[], i: number, language: Language): number {
  for (const ws of PREPOSITIONS[language]) {
    let k = 0;
    while (k < ws.length && lower[i + k] === ws[k]) k++;
    if (k === ws.length) return k;
  }
  return 0;
}

/** `prepositionCueAt` read from tokens' lowercase forms. */
export function prepositionCueIn(tokens: readonly { lower: string }[], i: number, language: Language): number {
  for (const ws of PREPOSITIONS[language]) {
    let k = 0;
    while (k < ws.length && tokens[i + k]?.lower === ws[k]) k++;
    if (k === ws.length) return k;
  }
  return 0;
}

/**
 * Why a short span is a term rather than speech, judged from the words right before it
 * (`before`, lowercased, in order); null when nothing marks it as a term.
 */
/** Kinds of work, one word each, that name the title quoted beside them ("le livre", "the film"). */
const WORK_NOUNS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(EN_TERM_CUES.filter(([p, reason]) => reason === "title" && !p.includes(" ") && !p.endsWith("ed")).map(([p]) => p)),
  fr: new Set(FR_TERM_CUES.filter(([p, reason]) => reason === "title" && !p.includes(" ") && !/ée?$/u.test(p)).map(([p]) => p)),
};

/** Whether a lowercase word is a kind of work: "ouvrage", "book", "documentaire". */
export function isWorkNoun(word: string, language: Language): boolean {
  return WORK_NOUNS[language].has(word);
}

/** Particles that make "called" a demand: "called for", "called on", "called upon". */
const DEMAND_PARTICLES = new Set(["for", "on", "upon"]);

export function termCue(before: readonly string[], language: Language): string | null {
  const n = before.length;
  for (const [ws, reason] of TERM_CUES[language]) {
    if (ws.length > n) continue;
    let k = 0;
    while (k < ws.length && before[n - ws.length + k] === ws[k]) k++;
    if (k === ws.length) return reason;
  }
  // Naming verbs govern an object first: dubbed the plan "Operation …".
  // Not "called for “urgent action”", "called on": a demand, someone's words.
  for (let k = Math.max(0, n - 3); k < n; k++) if (NAMING.has(before[k] as string) && !DEMAND_PARTICLES.has(before[k + 1] ?? "")) return "name";
  return null;
}

/**
 * Badly scraped text glues a reporting verb to the next sentence (`Emmanuel Macron wroteOn a state
 * visit`). Returns the length of the verb when `word` is such a glued pair.
 */
export function gluedCueLength(word: string, language: Language): number {
  // The verb is lowercase: a word that starts with a capital, or has none, is no glued pair.
  const c0 = word.charCodeAt(0);
  if ((c0 >= 65 && c0 <= 90) || word.length < 3) return 0;
  if (c0 < 128 && isLowerAscii(word)) return 0;
  for (let k = 2; k < word.length; k++) {
    const c = word[k] as string;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) {
      const head = word.slice(0, k);
      return head === head.toLowerCase() && verbCue(head, language) !== null ? k : 0;
    }
  }
  return 0;
}
