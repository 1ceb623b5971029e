import type { Language } from "../schema/quote.ts";

/**
 * Whether a sentence says its subject is not speaking: dead, declining to comment, unreachable, on
 * trial ("He declined to comment when contacted", "Il est décédé dimanche", "Ben Hale denies the
 * charge"). Words quoted after it, on no cue, are not theirs. `words` are the sentence's lowercase words.
 */
export function saysSilenced(words: readonly string[], language: Language): boolean {
  const silent = SILENT[language];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (silent.has(w)) return true;
    // "n’a pas souhaité répondre", "did not respond": a refusal in a negation.
    if (NEGATION[language].has(w) && REFUSED[language].has(words[i + 1] ?? "")) return true;
  }
  return false;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(" "));

const SILENT: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: set("died dies dead death killed declined declines refused refuses unavailable unreachable sentenced jailed convicted denies denied"),
  fr: set("décédé décédée décès mort morte disparu disparue tué tuée condamné condamnée injoignable refusé refusée décliné nie"),
};

const NEGATION: Readonly<Record<Language, ReadonlySet<string>>> = { en: set("not"), fr: set("pas") };

const REFUSED: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: set("respond reply comment return answer"),
  fr: set("souhaité voulu répondu donné pu"),
};
