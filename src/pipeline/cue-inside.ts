import type { Block } from "../schema/block.ts";
import type { Language, Segment } from "../schema/quote.ts";
import { UPPER, classOf, hasCase } from "./chars.ts";
import { buildCtx, type Ctx } from "./context.ts";
import { cueAfter, type Hit } from "./cue-search.ts";
import { findMentions } from "./mentions.ts";
import { quoteToken, tokenizeBlock, type Token } from "./tokens.ts";
import { AUXILIARY, infoOf, lowerOf } from "./words.ts";

/** How many commas (and "!", "?") of one segment are tried as the start of an interpolated cue. */
const MAX_BREAKS = 8;
/** An interpolated cue and its subject are short: words between the comma and the next stop. */
const MAX_CUE_WORDS = 10;

/** How many words into such a clause its speaker's name may open: a verb, its auxiliary and an adverb before it. */
const NAME_REACH = 4;

/** A name of up to four capitalised words closing a clause after its comma: ", Jean-Paul Vallon." */
const APPOSED_NAME = /^\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s*\./u;
/** How far after a comma such a name is looked for. */
const APPOSED_REACH = 60;
/** How long, in characters, a role before such a name may run. */
const APPOSED_ROLE = 140;

/** A verb, one someone described, and a relative pronoun: "lance une première cliente qui…", "said a shopper who…". */
const RELATIVE_AFTER_SUBJECT = /^\s*\p{Ll}[\p{L}’'-]*\s+(?:un|une|a|an)(?:\s+\p{L}[\p{L}’'-]*){1,3}\s+(?:qui|who)\s/u;

/** First- and second-person subjects that open an aside of the speaker's own ("nous confie X" is a cue). */
const SPEAKER_ASIDE = new Set(["je", "j’", "j'", "tu", "on", "i", "we", "you"]);

/** A place where a cue may sit, and whether the clause after it runs past MAX_CUE_WORDS. */
interface Break {
  at: number;
  long: boolean;
}

/**
 * Offsets (in `text`) of commas followed by a short clause that ends on a stop: where a cue may sit.
 * An exclamation or a question a lowercase word follows is one too ("C’est irresponsable ! a commenté X.").
 */
function candidateBreaks(text: string): Break[] {
  const out: Break[] = [];
  for (let i = nextBreak(text, 0); i >= 0 && out.length < MAX_BREAKS; i = nextBreak(text, i + 1)) {
    let words = 0;
    let inWord = false;
    // "…, recadre Cissé dont l’équipe a été éliminée au premier tour…": a verb and a capitalised name may
    // open a longer clause.
    let named = false;
    // "…, lance une première cliente qui va d’habitude à La Ferté-Macé parce que c’est plus complet": or a
    // description a relative clause goes on from.
    let relative = false;
    // "…, explique le président de la communauté de communes du Pays de Lamastre, Jean-Paul Vallon. Il…": a role
    // may run long, past its comma, when a name after that comma closes the cue.
    const next = text.indexOf(",", i + 1);
    const apposed = next > 0 && next - i <= APPOSED_ROLE && !/[.;!?]/u.test(text.slice(i + 1, next)) && APPOSED_NAME.test(text.slice(next + 1, next + 1 + APPOSED_REACH)) ? next : -1;
    let k = i + 1;
    for (; k < text.length && (words <= MAX_CUE_WORDS || named || relative || apposed > 0); k++) {
      const c = text.charCodeAt(k);
      if (k === apposed) continue;
      if (c === 46 || c === 44 || c === 59 || c === 33 || c === 63) break; // . , ; ! ?
      // A letter is a unit with case: compared by code, with no string made per character.
      const letter = hasCase(c);
      const starts = letter && !inWord;
      // "…, a simplement lâché Christine Janodet alors que…": the name may come after an auxiliary and an adverb.
      if (starts && ++words >= 2 && words <= NAME_REACH) named ||= (classOf(c) & UPPER) !== 0;
      if (starts && words === MAX_CUE_WORDS + 1) relative = RELATIVE_AFTER_SUBJECT.test(text.slice(i + 1, k));
      inWord = letter || (inWord && (c === 45 || c === 0x2019 || c === 39)); // - ’ '
    }
    // Words before the comma, and a clause of one to MAX_CUE_WORDS words after it.
    // A relative clause may run on to the closing mark: `"…, lance une première cliente qui va… plus complet".`
    if (i > 0 && words >= 1 && (((words <= MAX_CUE_WORDS || named || apposed > 0) && k < text.length) || relative)) out.push({ at: i, long: words > MAX_CUE_WORDS });
  }
  return out;
}

/**
 * Pronouns a French verb may carry before it: "Eh non ! s’amuse Laëticia", "! lui répond-elle". Not the
 * speaker's own ("« Vous êtes guéri ! m’a dit le docteur. Je n’y croyais pas. »" quotes words said to them).
 */
const CLITICS_BEFORE_VERB = new Set(["s’", "s'", "se", "lui", "leur"]);

/** Whether tokens from `k` open on a verb or an auxiliary, as a cue after "!" does: "! a commenté X", "? asks Y", "! s’amuse Z". */
function verbFirst(words: readonly Token[], k: number): boolean {
  const t = CLITICS_BEFORE_VERB.has(words[k]?.lower ?? "") ? words[k + 1] : words[k];
  return t !== undefined && t.kind === "word" && (t.info.verb.en !== null || t.info.verb.fr !== null || (t.flags & AUXILIARY) !== 0);
}

/** Whether a cue is a compound tense ("a donné"): a present one ("s’esclaffe X") reads as a cue, known verb or not. */
function compound(cue: string | null): boolean {
  return /^(?:a|ont|avait|avaient)\s/u.test(cue ?? "");
}

/** Whether the last word of a cue ("a donné", "raconte") is a reporting verb the lexicon knows. */
function knownVerb(cue: string | null, language: Language): boolean {
  const word = cue?.split(/[\s-]+/).filter((w) => w.length > 2).pop() ?? "";
  return infoOf(lowerOf(word)).verb[language] !== null;
}

/** The next comma at or after `from`, or "!" / "?" before a lowercase word; -1 when none. */
function nextBreak(text: string, from: number): number {
  const comma = text.indexOf(",", from);
  // Most quotations hold no "!" or "?": found by the native search, not read character by character.
  for (let i = nextMark(text, from); i >= 0 && (comma < 0 || i < comma); i = nextMark(text, i + 1)) {
    if (LOWERCASE_NEXT.test(text.slice(i + 1, i + 4))) return i;
  }
  return comma;
}

/** The next "!" or "?" at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  const a = text.indexOf("!", from);
  const b = text.indexOf("?", from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}
const LOWERCASE_NEXT = /^\s+\p{Ll}/u;

/**
 * A cue the writer put inside the marks: `« L’équipe tient bon, analyse Marc Olivier. C’est notre
 * force. »`, `"We were ready, Ms Hale said. We still are."`. Each comma of the segment is tried as
 * the end of a quotation whose cue follows; the first that credits someone wins. Returns the hit
 * and the context its mentions live in.
 */
export function cueInside(block: Block, seg: Segment, span: number, language: Language): { hit: Hit; ctx: Ctx } | null {
  const text = block.text.slice(seg.start - block.start, seg.end - block.start);
  const sub: Block = { ...block, text, start: seg.start, end: seg.end };
  // The segment's words, cut once: no token spans a comma, so the tokens after each comma are a
  // tail of them, the same as tokenizing from the comma on.
  let words: Token[] | null = null;
  for (const { at: comma, long } of candidateBreaks(text)) {
    words ??= tokenizeBlock(sub, [], language);
    // The comma stays after the quotation, as cues read it; "!" and "?" end it.
    const cut = text[comma] === "," ? comma : comma + 1;
    let k = 0;
    while (k < words.length && (words[k] as Token).start < seg.start + cut) k++;
    // "…, je le rappelle, …", "…, we know, …": the speaker's own aside, no one else's cue.
    if (SPEAKER_ASIDE.has(words[cut === comma ? k + 1 : k]?.lower ?? "")) continue;
    // After "!" or "?", only a verb opening the cue: "Et voilà ! la mairie annonce…" is the speaker's narrative.
    if (cut !== comma && !verbFirst(words, k)) continue;
    // Everything before the comma stands as the quotation, as `tokenizeBlock` would make it.
    const tokens = [quoteToken(text.slice(0, cut), seg.start, span), ...words.slice(k)];
    const mentions = findMentions(tokens, text, seg.start, language);
    const ctx = buildCtx(tokens, mentions, language, text, seg.start);
    const hit = cueAfter(ctx, 0, text.slice(0, cut));
    // "It's detailed, it's resourced.": inside the marks, only a verb known to report makes a cue.
    // A verb the lexicon lacks counts before a name, not before a description ("…, a donné le meilleur de lui-même.").
    // Nor past a long clause: "…, a rencontré mardi Emmanuel Macron pour évoquer…" is the speaker's narrative.
    const unknownVerb = hit !== null && hit.method === "cue-after-inverted" && (hit.who?.descriptive === true || long) && compound(hit.cue) && !knownVerb(hit.cue, language);
    if (hit !== null && hit.who !== null && hit.method !== "cue-after-unknown-verb" && !unknownVerb) return { hit: { ...hit, method: "cue-inside" }, ctx };
  }
  return null;
}
