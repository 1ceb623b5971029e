import { verbCue } from "./cues.ts";
import type { Line } from "./lines.ts";

/** A rule that recognises a whole line as not being article text. */
interface LineRule {
  rule: string;
  reason: string;
  test: (text: string) => boolean;
}

const AGENCIES = /^(getty images|afp|reuters|ap|ap photo|associated press|epa|shutterstock|alamy|bloomberg|pa images|pa media|anadolu|sipa|abaca|maxppp|nurphoto|sopa images)( via [\p{L} .]+)?$/iu;
const CREDIT_PREFIX = /^(photo|photograph|image|picture|crédit|credit|crédits|credits|©)\s*(:|by\b|\/)/iu;
/** A credit in brackets closing a line, maybe before a bar: "(Photo : Daniel Roland) |", "(Image: Jane Smith)". */
const CREDIT_AT_END = /\((?:photo|image|crédit photo|credit)\s*:\s*[^()]{2,60}\)\s*\|?\s*$/iu;
/**
 * A credit after a dash or a caption's full stop closing a line: "… a one-star hygiene rating - Credit: Google",
 * "… in Green Crescent, Gosport. Picture: Habibur Rahman", "… - Photo : Ouest-France".
 */
const DASHED_CREDIT_AT_END = /(?:\s[-–—|]|\.)\s*(?:[Cc]redit|[Cc]rédit(?: photo)?|[Pp]hoto|[Pp]icture|[Ii]mage)\s*:\s*\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s[\p{L}\p{N}.'’&/-]+){0,4}$/u;
/** A photographer and an agency in brackets closing a line: "(Joe Giddens/PA)", "(Ben Birchall / PA Wire)" (not "(John Smith/Labour)"). */
const PHOTOGRAPHER_AGENCY_AT_END = /\(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?(?:\p{Lu}{2,5}(?:\s(?:Wire|Images|Media|Photo))?|Getty Images|Reuters|Alamy|Shutterstock)\)\s*$/u;
// "Hannibal Hanschke | Reuters", "John Smith / AFP"
const NAME_PIPE_AGENCY = /^[\p{Lu}][\p{L}.'’ -]{1,60}\s[|/]\s[\p{L}][\p{L}.'’ &-]{1,40}$/u;

export const LINE_RULES: readonly LineRule[] = [
  {
    rule: "boilerplate:photo-credit",
    reason: "photo credit",
    test: (t) => t.length <= 90 && (AGENCIES.test(t) || CREDIT_PREFIX.test(t) || NAME_PIPE_AGENCY.test(t) || /\((photo|image)\s*:/i.test(t) && t.length < 60),
  },
  {
    // "© France 3 Nouvelle Aquitaine": a copyright line names no one in the story, and marks no caption.
    rule: "boilerplate:copyright",
    reason: "photo credit",
    test: (t) => t.length <= 90 && /^©\s*\p{L}/u.test(t),
  },
  {
    // "… le 31 mai 2012 à Francfort (Photo : Daniel Roland) |": a caption that ends on its own credit.
    rule: "boilerplate:credited-caption",
    reason: "photo caption",
    // Not a paragraph that quotes or reports someone and happens to end on a credit: that text is the article's.
    test: (t) => t.length <= 200 && (CREDIT_AT_END.test(t) || DASHED_CREDIT_AT_END.test(t) || PHOTOGRAPHER_AGENCY_AT_END.test(t)) && !/["“”«»]/u.test(t) && !reports(t),
  },
  {
    // "Bournemouth Echo: St Ives post office closed its doors on Friday August 5St Ives post office closed its doors on
    // Friday August 5": a photo's alternative text and its caption, copied one after the other.
    rule: "boilerplate:doubled-caption",
    reason: "photo caption",
    test: (t) => t.length <= DOUBLED_CAPTION_MAX && !/["“”«»]/u.test(t) && endsDoubled(t),
  },
  {
    rule: "boilerplate:social-prompt",
    reason: "social media prompt",
    test: (t) => t.length <= 240 && /^(follow us|follow @|suivez[- ]nous|like us on|retrouvez-nous sur)/iu.test(t),
  },
  {
    rule: "boilerplate:newsletter-prompt",
    reason: "newsletter or channel prompt",
    test: (t) =>
      t.length <= 240 &&
      /^(join our|subscribe|sign up|get the latest|inscrivez-vous|abonnez-vous|rejoignez)/iu.test(t) &&
      /(channel|newsletter|telegram|whatsapp|headlines|updates|inbox|chaîne|lettre d'information|infolettre)/iu.test(t),
  },
  {
    rule: "boilerplate:comment-form",
    reason: "comment form",
    test: (t) =>
      t.length <= 240 &&
      /^(leave a (reply|comment)|your email address will not be published|required fields are marked|laisser un commentaire|laissez un commentaire|votre adresse (e-)?mail ne sera pas publiée|les champs obligatoires sont indiqués)/iu.test(t),
  },
  {
    rule: "boilerplate:teaser",
    reason: "link to another story or video",
    // A bare "Read:" or "Lire :" may open a quotation ("Read: “…,” wrote the judge"); a teaser reports no one.
    test: (t) => t.length <= 240 && (/^(watch|regardez|read more|read also|also read|read next|lire aussi|à lire aussi|related|see also|voir aussi|more on this|à voir aussi)\s*:/iu.test(t) || (/^(read|lire)\s*:/iu.test(t) && !reports(t))),
  },
  {
    rule: "boilerplate:widget",
    reason: "heading of a list of other stories",
    // "Most Read" set between two paragraphs of one quotation by the page a copy was taken from.
    test: (t) => /^(most (read|popular|viewed|shared|commented)|trending( now)?|top stories|les plus (lus|lues)|les articles les plus lus|you (may|might) also like|recommended( for you)?|related (articles|stories))\s*:?$/iu.test(t),
  },
  {
    // "Published: 2:30 PM September 21, 2021", "Mis à jour le 12/03/2024 à 18h05": when, not what.
    rule: "boilerplate:timestamp",
    reason: "publication time",
    test: (t) => t.length <= 80 && isTimestamp(t),
  },
  {
    rule: "boilerplate:advertisement",
    reason: "advertisement marker",
    test: (t) => /^(advertisement|publicité|story continues below( advertisement)?|sponsored content|(hide|skip|close) ad|ad)$/iu.test(t),
  },
];

/** The longest line read as a doubled caption, and the shortest caption copy that counts. */
const DOUBLED_CAPTION_MAX = 400;
const CAPTION_COPY_MIN = 20;

/**
 * Whether `text` ends on the same words twice, glued or a space apart, each a capitalised phrase of at least
 * `CAPTION_COPY_MIN` characters with no closing stop: no sentence of an article repeats itself so.
 */
function endsDoubled(text: string): boolean {
  const t = text.trimEnd();
  // A sentence said twice ("He said it again. He said it again.") is the article's, copied or not.
  if (/[.!?;:]$/u.test(t)) return false;
  const last = t.charCodeAt(t.length - 1);
  for (let n = CAPTION_COPY_MIN; 2 * n <= t.length; n++) {
    // Only a length at which the first copy ends on the same character is worth comparing.
    const glued = t.charCodeAt(t.length - 1 - n) === last;
    const spaced = t.charCodeAt(t.length - 1 - n) === 32 && t.charCodeAt(t.length - 2 - n) === last;
    if (!glued && !spaced) continue;
    const copy = t.slice(t.length - n);
    if (!/^\p{Lu}/u.test(copy)) continue;
    const before = t.slice(0, t.length - n);
    if (before.endsWith(glued ? copy : `${copy} `)) return true;
  }
  return false;
}

const STAMP_LEAD = /^(?:published|updated|last updated|posted|publié|publiée|mis à jour|modifié)(?:\s*:|\s+(?:le|on|at|à))?\s+/iu;
const DATE_WORDS = new Set([
  "am", "pm", "gmt", "bst", "utc", "cet", "cest", "à", "at", "on", "le", "h", "heure", "heures",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
]);

/** "Published: 2:30 PM September 21, 2021", "Mis à jour le 12/03/2024 à 18h05": a time and nothing else. */
function isTimestamp(text: string): boolean {
  const lead = STAMP_LEAD.exec(text);
  if (lead === null) return false;
  const words = text.slice(lead[0].length).split(/[\s,./:|-]+/u).filter((w) => w !== "");
  return words.some((w) => /\d/u.test(w)) && words.every((w) => /^\d+(?:h\d*|st|nd|rd|th|er)?$/iu.test(w) || DATE_WORDS.has(w.toLowerCase()));
}

/** Whether a reporting verb stands in `text` ("a reconnu", "said"), in either language. */
function reports(text: string): boolean {
  return (text.match(/\p{Ll}+/gu) ?? []).some((w) => verbCue(w, "en") !== null || verbCue(w, "fr") !== null);
}

/** The first whole-line rule that matches, if any. */
export function matchLineRule(text: string): LineRule | undefined {
  return LINE_RULES.find((r) => r.test(text));
}

const WIRES = /^(reuters|afp|l’afp|l'afp|ap|associated press|bloomberg|anadolu|agence france-presse|dpa|efe|ansa|pa media|belga|keystone-ats|ats|apa|anp)$/iu;

/** A line that is only a wire agency's name ("Reuters", "AFP"): photo agencies are not bylines. */
export function isWireName(text: string): boolean {
  return WIRES.test(text.trim());
}

/** A credit line marks the line right before it as the photo's caption. */
export function isPhotoCredit(text: string): boolean {
  return LINE_RULES[0]?.test(text) ?? false;
}

const BULLET = /^[-•*–]\s+\S/u;

/**
 * Runs of two or more bulleted, headline-like lines (no closing punctuation) are lists of links to
 * other stories. Returns the indexes of those lines.
 */
export function relatedStoryRuns(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) for (const i of run) out.add(i);
    run = [];
  };
  lines.forEach((l, i) => {
    if (BULLET.test(l.text) && l.text.length <= 200 && !/[.!?;:]["”»’]?$/u.test(l.text)) run.push(i);
    else flush();
  });
  flush();
  return out;
}

/** A label some sites glue in front of the first paragraph: "Exclusive Echoing objections…". */
const KICKERS = new Set(["exclusive", "exclusif", "analysis", "analyse", "opinion", "breaking", "update", "tribune", "live"]);
const KICKER = /^(\p{L}+)\s+(?=\p{Lu})/u;

/** "TEMOIGNAGES DE SINISTRES Les maisons…": a label of two or more words in capitals before the first sentence. */
const CAPS_KICKER = /^\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})+\s+(?=\p{Lu}\p{Ll})/u;

export function kickerLength(text: string): number {
  const m = KICKER.exec(text);
  if (m && KICKERS.has((m[1] as string).toLowerCase())) return m[0].length;
  return CAPS_KICKER.exec(text)?.[0].length ?? 0;
}

/**
 * A copyright credit glued to the end of a caption or paragraph: "… «service de proximité». - © Haut
 * Anjou", "… (© AFP)". It names the photographer or paper, never a speaker in the story.
 */
const TRAILING_CREDIT = /(?:\s*\(\s*©[^()©]{1,60}\)|(?:\s[-–—|]|(?<=[.!?»"”]))\s*©\s*\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s(?:&|\p{Lu}[\p{L}\p{N}.'’&-]*)){0,3})$/u;

export function trailingCreditLength(text: string): number {
  // The pattern is anchored at the end only: tried at every offset of every line it cost more than
  // the rest of the boilerplate rules together, and nearly no line holds a ©.
  if (!text.includes("©")) return 0;
  const m = TRAILING_CREDIT.exec(text);
  return m && m.index > 0 ? m[0].length : 0;
}

/** End-of-article marks some publishers append: ®, ■, ◆, •. */
const END_MARK = /\s*[®■◆□•▪]\s*$/u;

export function endMarkLength(text: string): number {
  const m = END_MARK.exec(text);
  return m && m.index > 0 ? m[0].length : 0;
}
