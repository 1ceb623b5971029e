import type { Block, BlockKind, Removed } from "../schema/block.ts";
import { endMarkLength, isWireName, isPhotoCredit, kickerLength, matchLineRule, relatedStoryRuns, trailingCreditLength } from "./boilerplate.ts";
import { SIGNATURE_DASHES } from "./chars.ts";
import { joinBrokenLines } from "./broken-lines.ts";
import { unwrapLines } from "./hard-wrap.ts";
import { splitLines, type Line } from "./lines.ts";

export interface Parsed {
  /** The article's text blocks, in order; titles, deks and headings included. */
  blocks: Block[];
  /** Everything taken out, with its reason, in source order. */
  removed: Removed[];
  /** A publication date stated in a dateline (`date 2022-11-06 …`), as `YYYY-MM-DD`. */
  dateline: string | null;
}

// The crawler's own stamp; a month alone ("date 2022-05") names no day to publish under, but is still not the story's first words.
const DATELINE = /^date\s+(\d{4}-\d{2})(-\d{2})?\s+/iu;
const TERMINAL = /[.!?…:;,]["”»’')]*$|[.!?…]\s*["”»’']$/u;
/**
 * `'My client is fine,' Mills said. 'He will appeal.'`: a straight single mark ends a paragraph only
 * if a sentence or clause ends inside the line too; `'WHERE DO WE GO NOW?'` is a heading still.
 */
const INNER_BREAK = /[.!?…,]['"”’]?\s+\S/u;
/** `''It couldn't have been better.''`: a sentence in doubled apostrophes, as some papers mark quotations, is a paragraph. */
const DOUBLED_SENTENCE = /^''(?=.*\p{Ll}).*[.!?…,]''$/u;
const HEADLINE_MAX = 200;
const DEK_MAX = 260;
const HEADING_MAX = 120;
const PULL_QUOTE_WINDOW = 30;

/** Letters and digits only, lower-cased: how a repeated line is recognised despite its marks. */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function longestWord(normalised: string): string {
  let longest = "";
  for (const w of normalised.split(" ")) if (w.length > longest.length) longest = w;
  return longest;
}

/** A closing mark, a comma and a lower-case word: a quotation's cue follows it (`», a ajouté…`, `," she said`). */
const CUE_AFTER_QUOTE = /[»”"]\s*,\s*\p{Ll}/u;
// A line that reports speech or opens with a wire dateline is the story, even right above a credit.
const REPORTING = /\b(said|says|told|according to|a déclaré|a dit|selon|ont déclaré)\b/iu;
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .'-]+(,[^()]*)?\s*\([^)]*\)\s*[-–—]/u;

function looksLikeCaption(text: string): boolean {
  return text.length <= 400 && !REPORTING.test(text) && !WIRE_DATELINE.test(text) && !quotingStory(text);
}

/** Sentence breaks inside a text: a stop, then a capital. */
const SENTENCE_BREAK = /[.!?…]["”»]?\s+["“«]?\p{Lu}/gu;
/** How many sentence breaks make a paragraph of story rather than a caption, when it quotes. */
const CAPTION_BREAKS = 2;

/**
 * "Claude est le premier… toute une vie entre ces murs : "avec les joies…" Alors quand on lui demande…, sa réponse
 * est immédiate : "…"": three sentences or more that quote someone are the story's, whatever line follows them.
 */
function quotingStory(text: string): boolean {
  return /["“”«»]/u.test(text) && (text.match(SENTENCE_BREAK)?.length ?? 0) >= CAPTION_BREAKS;
}

function looksLikeHeadline(text: string): boolean {
  return text.length <= HEADLINE_MAX && !TERMINAL.test(text);
}

function removedFrom(l: Line, start: number, end: number, rule: string, reason: string, text: string): Removed {
  return { text: text.slice(start, end).trim(), reason, rule, start, end, line: l.line };
}

/**
 * Raw article text to blocks. Every line the parser takes out is recorded with its reason, so the
 * page can list it and a test can prove nothing vanished.
 */
export function parseArticle(text: string): Parsed {
  const lines = joinBrokenLines(text, unwrapLines(text, splitLines(text)), (l) => matchLineRule(l) !== undefined);
  const removed: Removed[] = [];
  let dateline: string | null = null;

  // Pieces inside a line that are not article text shift the line's start or end.
  const kept: { l: Line; start: number; end: number }[] = [];
  const related = relatedStoryRuns(lines);
  lines.forEach((l, i) => {
    let start = l.start;
    let end = l.end;
    if (i === 0) {
      const m = DATELINE.exec(l.text);
      if (m) {
        const day = m[2] === undefined ? null : `${m[1]}${m[2]}`;
        dateline = day;
        removed.push(removedFrom(l, start, start + m[0].length, "parse:dateline", day === null ? `dateline (published in ${m[1]}, no day given)` : `dateline (published ${day})`, text));
        start += m[0].length;
      }
    }
    const body = start === l.start ? l.text : text.slice(start, end);
    const rule = matchLineRule(body);
    // Above the story, under its headline, a wire agency's name alone is the byline, not a photo credit.
    if (rule?.rule === "boilerplate:photo-credit" && isWireName(body) && kept.every((k) => looksLikeHeadline(text.slice(k.start, k.end)))) {
      removed.push(removedFrom(l, start, end, "boilerplate:byline", "byline (news agency)", text));
      return;
    }
    if (rule) {
      removed.push(removedFrom(l, start, end, rule.rule, rule.reason, text));
      return;
    }
    if (related.has(i)) {
      removed.push(removedFrom(l, start, end, "boilerplate:related-stories", "list of related stories", text));
      return;
    }
    const next = lines[i + 1];
    if (kept.length > 0 && next && isPhotoCredit(next.text) && looksLikeCaption(body)) {
      removed.push(removedFrom(l, start, end, "boilerplate:photo-caption", "photo caption", text));
      return;
    }
    const credit = trailingCreditLength(body);
    if (credit > 0) {
      removed.push(removedFrom(l, end - credit, end, "boilerplate:trailing-credit", "photo credit", text));
      end -= credit;
    }
    kept.push({ l, start, end });
  });

  // The kicker sits before the first body paragraph, the end mark after the last one.
  const firstBody = kept.find((k) => !looksLikeHeadline(text.slice(k.start, k.end)));
  if (firstBody) {
    const k = kickerLength(text.slice(firstBody.start, firstBody.end));
    if (k > 0) {
      removed.push(removedFrom(firstBody.l, firstBody.start, firstBody.start + k, "boilerplate:kicker", "section label", text));
      firstBody.start += k;
    }
  }
  const last = kept[kept.length - 1];
  if (last) {
    const k = endMarkLength(text.slice(last.start, last.end));
    if (k > 0) {
      removed.push(removedFrom(last.l, last.end - k, last.end, "boilerplate:end-mark", "end-of-article mark", text));
      last.end -= k;
    }
  }

  const texts = kept.map((k) => text.slice(k.start, k.end));
  const kinds = classify(texts);
  const blocks: Block[] = [];
  kept.forEach((k, i) => {
    const kind = kinds[i];
    const t = texts[i] as string;
    if (kind === "pull-quote") {
      removed.push({ text: t, reason: "pull quote (repeats words of the article)", rule: "boilerplate:pull-quote", start: k.start, end: k.end, line: k.l.line });
      return;
    }
    blocks.push({ index: blocks.length, kind: kind ?? "paragraph", text: t, start: k.start, end: k.end, line: k.l.line });
  });
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { blocks, removed, dateline };
}

/** A line opened by a dash and a space: a signature or credit line, never a heading ("- " opens a list item). */
const SIGNED = new RegExp(`^[${SIGNATURE_DASHES}]\\s`, "u");
/** A line that is one quotation, then a dash and a capitalised name: a pull quote signed on its own line. */
const SIGNED_QUOTE = new RegExp(`^["“«„]([^"“”«»]+)["”»]\\s*[-${SIGNATURE_DASHES}]\\s+\\p{Lu}`, "u");
/**
 * A line that is one quotation ending its sentence, then a full name, a comma and a lowercase noun (a role): a pull
 * quote signed with no dash ('"Nous sommes face à un virus…." Marie-Pierre Pé, directrice du Cifog à franceinfo').
 * Not a place, a title or a line of praise for someone: "Saint Martin Vésubie, Alpes-Maritimes", "Michelle Yeoh, for…".
 */
const SIGNED_QUOTE_NAME = /^["“«„]([^"“”«»]+[.!?…])\s*["”»]\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+\s*,\s*(?!(?:for|in|at|on|of|from|dans|pour|de|du|des|sur|avec|par|en)\s)\p{Ll}{3,}/u;
/** How many words a quotation signed on its line holds to be words said rather than a title. */
const SIGNED_QUOTE_WORDS = 5;
/** A line wholly in one pair of brackets, as a credit under a quotation is; one holding a quotation may be a pull quote still. */
const BRACKETED = /^\([^()"“”«»]+\)$/u;

/** A single mark that opens a paragraph, or follows a cue's colon or comma, before a capital. */
const SINGLE_OPENING = /(?:^|[:,]\s*)['‘](?=[\p{Lu}\p{N}])/gu;
/** A single mark that closes: after a letter, figure or stop, before a space, a stop or the end. */
const SINGLE_CLOSING = /[\p{L}\p{N}.!?,…]['’](?![\p{L}\p{N}])/u;

/**
 * `He said: 'Utter chaos … scared.` then `'This is a fire risk.'`: a line opening on a single mark
 * right after a paragraph whose single-marked quotation never closed reopens that quotation for its
 * next paragraph, as British style does; it is no quoted heading.
 */
function reopensSingle(prev: string, line: string): boolean {
  if (!/^['‘]/u.test(line)) return false;
  let last = -1;
  for (const m of prev.matchAll(SINGLE_OPENING)) last = (m.index ?? 0) + m[0].length;
  return last >= 0 && !SINGLE_CLOSING.test(prev.slice(last)) && /[.!?…]\s*$/u.test(prev);
}

/** What follows a closed quotation when a cue and nothing else ends the paragraph: ` regular customer Gwyn O'Neill said.` */
const CUE_CLOSING = /^,?\s+(?:[^'‘’]|(?<=\p{L})['’](?=\p{L}))+[.!?…]$/u;

/** A line wholly in single marks (apostrophes inside words aside), a stop inside, some lower case: spoken words, not a heading's. */
const SINGLE_SENTENCE = /^['‘](?=.*\p{Ll})(?:[^'‘’]|(?<=\p{L})['’](?=\p{L}))+[.!?…]['’]$/u;

/**
 * `'I'm just hoping to get whatever's left,' regular customer Gwyn Nishimura said.` then `'Whatever I can
 * get my hands on!'`: a whole sentence in single marks right after a paragraph that opens on a single-marked
 * quotation and closes on its cue (a reporting verb, no other quotation) goes on from that quotation, as British
 * style sets one; `'WHERE DO WE GO NOW?'` is a heading still.
 */
function continuesSingle(prev: string, line: string): boolean {
  if (!SINGLE_SENTENCE.test(line) || !/^['‘]/u.test(prev)) return false;
  // The cue after the quotation ends the paragraph above: `… Nishimura said.`; a quotation closing it may
  // have been the last words before a quoted subhead.
  const close = SINGLE_CLOSING.exec(prev);
  if (close === null) return false;
  const cue = prev.slice(close.index + close[0].length);
  return CUE_CLOSING.test(cue) && REPORTING.test(cue);
}

/** The lines `classify` reads, their kinds so far, and each one's lower case and normalised text, made when first asked. */
interface Neighbours {
  texts: readonly string[];
  kinds: readonly (BlockKind | "pull-quote")[];
  lower: (k: number) => string;
  norm: (k: number) => string;
}

/**
 * Whether a line near line `j` (not a title) holds `n`, line `j`'s normalised words: pull quotes sit near the
 * words they repeat; a bounded window keeps the scan linear. A function of its own, not a closure made in
 * `classify`'s loop: one that captured the loop's line made V8 leave its optimised code at every line.
 */
function repeatedNear(n: string, j: number, near: Neighbours): boolean {
  const { texts, kinds, lower, norm } = near;
  // A normalised text's words are copied unchanged from the lower-cased text, so a neighbour
  // whose lower case lacks the line's longest word cannot repeat it; lower-casing is far cheaper
  // than normalising, and few neighbours pass.
  const probe = longestWord(n);
  const to = Math.min(texts.length, j + PULL_QUOTE_WINDOW + 1);
  for (let k = Math.max(0, j - PULL_QUOTE_WINDOW); n.length >= 20 && k < to; k++) {
    if (k !== j && kinds[k] !== "title" && lower(k).includes(probe) && norm(k).includes(n)) return true;
  }
  return false;
}

/**
 * Title, dek, headings and pull quotes, from shape and position alone: a headline-like first line
 * is the title, a short line after it the dek; a short unpunctuated line between paragraphs is a
 * heading unless it repeats words found in another block, which makes it a pull quote.
 */
function classify(texts: readonly string[]): (BlockKind | "pull-quote")[] {
  const kinds: (BlockKind | "pull-quote")[] = texts.map(() => "paragraph");
  let i = 0;
  if (texts[0] !== undefined && looksLikeHeadline(texts[0]) && texts.length > 1) {
    kinds[0] = "title";
    i = 1;
    const dek = texts[1];
    if (dek !== undefined && dek.length <= DEK_MAX && texts.length > 2) {
      kinds[1] = "dek";
      i = 2;
    }
  }
  // Normalised only when a short line is compared with its neighbours: most blocks never are.
  const normalised: (string | undefined)[] = [];
  const lowered: (string | undefined)[] = [];
  const norm = (k: number) => (normalised[k] ??= normalise(texts[k] as string));
  const lower = (k: number) => (lowered[k] ??= (texts[k] as string).toLowerCase());
  const near: Neighbours = { texts, kinds, lower, norm };
  for (let j = i; j < texts.length; j++) {
    const t = texts[j] as string;
    // "— Chaka Khan, winner for R&B album": a line signed with a dash credits the words above it.
    // "(Victor Santos, président du comité)": so does a line all in brackets, which repeats the name and role it credits.
    if (j === texts.length - 1 || t.length > 240 || (TERMINAL.test(t) && (!t.endsWith("'") || INNER_BREAK.test(t) || DOUBLED_SENTENCE.test(t))) || SIGNED.test(t) || BRACKETED.test(t)) continue;
    if (j > 0 && kinds[j - 1] === "paragraph" && (reopensSingle(texts[j - 1] as string, t) || continuesSingle(texts[j - 1] as string, t))) continue;
    // '"Il aurait fallu installer le radar plus loin" - Jean-Paul Vallon': a quotation its speaker signs on the
    // line is someone's words, not a heading; a pull quote still if the words are in the body. Not a title, which
    // is short: '"Not Like Us" - Kendrick Lamar' in a list of songs is no one's words.
    const signed = SIGNED_QUOTE.exec(t) ?? SIGNED_QUOTE_NAME.exec(t);
    if (signed !== null && (signed[1] as string).trim().split(/\s+/u).length >= SIGNED_QUOTE_WORDS) {
      if (repeatedNear(normalise(signed[1] as string), j, near)) kinds[j] = "pull-quote";
      continue;
    }
    if (repeatedNear(norm(j), j, near)) kinds[j] = "pull-quote";
    // "« … », a dit Sidi Touré" with its full stop lost reports speech: a paragraph still.
    else if (t.length <= HEADING_MAX && j > i && !REPORTING.test(t) && !CUE_AFTER_QUOTE.test(t)) kinds[j] = "heading";
  }
  return kinds;
}
