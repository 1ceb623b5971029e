import type { Mode } from "../schema/quote.ts";

/**
 * English reporting verbs. Regular verbs are listed by base form and inflected by `inflectEn`;
 * irregular ones list every form. The mode says how the words reached the public.
 */
export const EN_REGULAR: Readonly<Record<Mode, string>> = {
  said:
    "add claim warn insist note explain argue answer respond reply ask caution conclude announce acknowledge " +
    "agree observe comment remark suggest recall stress emphasise emphasize highlight continue concede confirm " +
    "deny maintain counter retort joke wonder predict vow promise pledge complain lament boast urge contend " +
    "assert allege reiterate underline underscore indicate mention repeat advise demand request shout whisper " +
    "exclaim blast slam criticise criticize recount testify plead protest object propose recommend affirm " +
    "proclaim muse explain insist reassure assure challenge point add caution scoff thunder hit snap fume report " +
    "summarise summarize brand lash describe decry hail praise welcome question reflect elaborate clarify rail " +
    "accuse opine chime interject interrupt sigh laugh reason declare estimate forecast assess yell scream " +
    "holler chant cry beg gush enthuse rage revert dismiss reject rebuff refute express",
  told: "inform",
  wrote: "pen",
  tweeted: "tweet retweet",
  posted: "post blog",
  stated: "state",
};

export const EN_IRREGULAR: Readonly<Record<Mode, string>> = {
  said: "say says said saying admit admits admitted admitting quip quips quipped quipping speak speaks spoke speaking",
  told: "tell tells told telling",
  wrote: "write writes wrote writing written text texts texted texting email emails emailed emailing message messages messaged messaging",
  tweeted: "",
  posted: "",
  stated: "",
};

/** English verb forms: base, -s, -ed, -ing; a one-syllable verb ending consonant-vowel-consonant doubles (slam, slammed). */
export function inflectEn(base: string): string[] {
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const stem = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) ? base + base.slice(-1) : base;
  const ed = base.endsWith("e") ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const ing = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  return [base, s, ed, ing];
}

/** Nouns that carry someone's words: `X's letter says`, `calls from X`, `the company's reply`. */
export const EN_SPEECH_NOUNS =
  "letter letters statement statements quip quips comment comments remark remarks tweet tweets post posts " +
  "reply replies message messages words call calls response answer interview speech note email memo op-ed " +
  "testimony warning claim claims promise pledge announcement release thread video blog column essay plea " +
  "appeal appeals argument words criticism retort report reports cry cries shout shouts exclamation website websites";

/** Multi-word cues introducing a source without a verb. */
export const EN_PREPOSITIONS = ["according to", "in the words of", "as quoted by"];

/**
 * Words right before a short quoted span that make it a term, not speech, with the reason shown.
 * Matched against the last words before the span (lowercased).
 */
export const EN_TERM_CUES: ReadonlyArray<readonly [string, string]> = [
  ["voted", "vote option"], ["vote", "vote option"], ["votes", "vote option"], ["voting", "vote option"],
  ["answered", "vote option"], ["option", "vote option"],
  ["charge of", "charge"], ["charges of", "charge"], ["charged with", "charge"], ["accused of", "charge"],
  ["convicted of", "charge"], ["suspicion of", "charge"], ["guilty of", "charge"],
  ["called", "name"], ["dubbed", "name"], ["nicknamed", "name"], ["named", "name"], ["titled", "title"],
  ["entitled", "title"], ["labelled", "name"], ["labeled", "name"], ["known as", "name"], ["so-called", "name"],
  ["the word", "word"], ["the term", "word"], ["the phrase", "word"], ["the slogan", "slogan"],
  ["slogan", "slogan"], ["hashtag", "hashtag"], ["keyword", "hashtag"], ["the motto", "slogan"], ["motto", "theme"], ["theme", "theme"], ["themed", "theme"], ["marked", "label"],
  ["rated", "label"], ["stamped", "label"],
  // An award named after what it crowns: `won the award for "Best Film"`, `in the category "…"`.
  ["award for", "award"], ["prize for", "award"], ["category", "award"], ["crowned", "award"],
  // A work named after its kind: `the film "…"`, `told "Squawk on the Street"` is handled by title case.
  ["film", "title"], ["movie", "title"], ["book", "title"], ["novel", "title"], ["album", "title"], ["documentary", "title"],
  ["series", "title"], ["programme", "title"], ["song", "title"], ["podcast", "title"], ["exhibition", "title"],
  // A campaign or an operation named after its kind: `launched the campaign "Trains for All"`.
  ["campaign", "campaign"], ["operation", "campaign"], ["initiative", "campaign"],
];
