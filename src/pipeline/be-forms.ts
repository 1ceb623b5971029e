import type { Language } from "../schema/quote.ts";

/**
 * Forms of "be" / "être" a quoted complement or a clause's verb may be: "is the 'latest slap'",
 * "est « une honte »", "Aimé de Lyon est là". The verb lexicon leaves some of them unmarked.
 */
export const BE_FORMS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(["is", "was", "are", "were"]),
  fr: new Set(["est", "était", "sont", "étaient", "fut"]),
};
