import type { Attributed } from "../schema/attributed.ts";
import type { Block } from "../schema/block.ts";
import type { Registry } from "../schema/person.ts";
import type { Language, Mode, Span, Term } from "../schema/quote.ts";
import { buildCtx, type Ctx } from "./context.ts";
import { cueAfter, cueBefore, cueLater, type Hit } from "./cue-search.ts";
import { verbCue } from "./cues.ts";
import { findEmbedSignature } from "./embeds.ts";
import { Discourse, speakerOf, type Entity } from "./entities.ts";
import { findMentions, isCapitalised, type Mention } from "./mentions.ts";
import { repeatPass, type Decision } from "./repeats.ts";
import { findSpans, isSpeechBlock } from "./spans.ts";
import { sentenceSubject, subjectBefore } from "./subjects.ts";
import { termReason } from "./terms.ts";
import { tokenizeBlock, type Piece, type Token } from "./tokens.ts";
import { whenIn } from "./when.ts";

export type { Attributed };

/** A continuation credits the last speaker only if that speaker spoke this recently (in blocks). */
const CONTINUATION_BLOCKS = 2;

/** The last credited speaker, for continuations. */
interface Speaking {
  entity: Entity;
  block: number;
  mode: Mode | null;
}

interface Found extends Hit {
  when: string | null;
  entity: Entity | null;
}

/** Roles whose holder speaks in an organisation's name: unnamed, they stand for it. */
const SPOKES = new Set(["spokesperson", "spokesman", "spokeswoman", "porte-parole", "representative", "représentant", "représentante"]);

/**
 * `a spokesperson for Veltrix Media`, `une porte-parole de la société Nordal`: the organisation
 * named in or right after an unnamed spokesperson's role phrase.
 */
function spokenFor(ctx: Ctx, m: Mention): Mention | null {
  if (m.kind !== "role") return null;
  let spokes = false;
  for (let k = m.first; k <= m.last && !spokes; k++) spokes = SPOKES.has(ctx.lowers[k] ?? "");
  if (!spokes) return null;
  for (const o of ctx.mentions) {
    if (o.first > m.last + 1) break;
    if (o.kind === "name" && o.first > m.first && o.type !== "person") return o;
  }
  return null;
}

function resolve(d: Discourse, m: Mention | null, pos: number, knownOnly = false, ctx: Ctx | null = null): Entity | null {
  if (m === null) return null;
  if (m.kind === "name") return knownOnly ? d.known(m, pos) : d.named(m, pos, true);
  if (m.kind === "pronoun") return m.gender === null ? null : d.pronoun(m.gender, pos);
  const org = ctx === null ? null : spokenFor(ctx, m);
  if (org !== null) {
    const e = d.named({ ...org, type: "organisation" }, pos, true);
    if (e !== null && e.type === "unknown") e.type = "organisation";
    return e;
  }
  const e = d.role(m, pos);
  if (e !== null) {
    d.learnRole(e, m);
    // "the company said": whatever "Zentro" was, it is an organisation.
    if (m.type === "organisation" && e.type === "unknown") e.type = "organisation";
  }
  return e;
}

/** Whether most words of four letters or more start with a capital (a Title Case headline). */
function titleCased(tokens: readonly Token[]): boolean {
  let long = 0;
  let capital = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || t.text.length < 4) continue;
    long++;
    if (isCapitalised(t)) capital++;
  }
  return long >= 2 && capital >= long * 0.8;
}

function piecesByBlock(spans: readonly Span[]): Map<number, Piece[]> {
  const map = new Map<number, Piece[]>();
  spans.forEach((s, i) => {
    if (s.depth !== 0) return;
    for (const seg of s.segments) {
      const list = map.get(seg.block) ?? [];
      list.push({ span: i, start: seg.start, end: seg.end, whole: s.embed !== null });
      map.set(seg.block, list);
    }
  });
  return map;
}

function wordsBefore(ctx: Ctx, q: number): string[] {
  const out: string[] = [];
  for (let k = q - 1; k >= 0 && out.length < 3; k--) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind === "quote") break;
    if (t.kind === "word") out.unshift(t.lower);
  }
  return out;
}

/** The sentence's subject, for pronoun chains: the subject of its first reporting verb, else its first mention. */
function subjectOfSentence(ctx: Ctx, from: number, to: number): Mention | null {
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === "quote") continue;
    const v = t === undefined ? null : verbCue(t.text, ctx.language);
    if (v !== null && v.finite) return subjectBefore(ctx, k, from);
  }
  return sentenceSubject(ctx, from, to);
}

/**
 * Credits each span with a speaker, or turns it into a term. Reads blocks in order and keeps a
 * discourse state, so pronouns, role nouns and continuations resolve to what came before.
 */
export function attribute(blocks: Block[], spans: Span[], language: Language, registry: Registry): { quotes: Attributed[]; terms: Term[] } {
  const d = new Discourse(registry);
  const pieces = piecesByBlock(spans);
  const decisions: (Decision | undefined)[] = new Array<Decision | undefined>(spans.length);
  const openers = new Map<number, { found: Found | null; before: string[] }>();
  let last: Speaking | null = null;
  const kinds = new Map(blocks.map((b) => [b.index, b.kind]));

  for (const block of blocks) {
    d.enterBlock(block.start);
    const tokens = tokenizeBlock(block, pieces.get(block.index) ?? [], language);
    const mentions = findMentions(tokens, block.text, block.start, language);
    const ctx = buildCtx(tokens, mentions, language, block.text, block.start);
    const posOf = (k: number) => tokens[k]?.start ?? block.start;
    // A headline in Title Case capitalises every word: only names already known count there.
    const knownOnly = !isSpeechBlock(block) && titleCased(tokens);
    const found = (h: Hit | null): Found | null =>
      h === null ? null : { ...h, when: whenIn(ctx, h.from, h.to), entity: resolve(d, h.who, posOf(h.who?.first ?? h.from), false, ctx) };

    let next = 0; // mentions are sorted: one pointer walks them across sentences, keeping this linear
    for (const [from, to] of ctx.sentences) {
      // A capital inside a sentence is a name; a sentence's first word may just be capitalised.
      for (; next < mentions.length && (mentions[next]?.first ?? 0) <= to; next++) {
        const m = mentions[next] as Mention;
        if (m.kind === "name" && m.first >= from) {
          if (knownOnly) d.known(m, posOf(m.first));
          else d.named(m, posOf(m.first), m.first !== from);
        }
      }
      for (let q = from; q <= to; q++) {
        const tok = tokens[q];
        if (tok?.kind !== "quote") continue;
        const span = spans[tok.span] as Span;
        const segs = span.segments;
        const firstHere = segs[0]?.block === block.index;
        const lastHere = segs[segs.length - 1]?.block === block.index;
        if (span.embed !== null) {
          const e = d.named({ text: span.embed.author, type: "person", gender: null, role: null }, tok.start, true);
          const sig = findEmbedSignature(block.text);
          decisions[tok.span] = { entity: e, cue: null, mode: span.embed.handle !== null ? "tweeted" : "posted", method: "embed", when: sig?.rawDate ?? null, term: null };
          if (e !== null) { d.event(e, tok.start); last = { entity: e, block: block.index, mode: "tweeted" }; }
          continue;
        }
        if (firstHere) {
          const before = found(cueBefore(ctx, q));
          openers.set(tok.span, { found: before, before: wordsBefore(ctx, q) });
        }
        if (!lastHere) continue;
        const open = openers.get(tok.span) ?? { found: null, before: [] };
        const hits = [found(cueAfter(ctx, q, span.text)), open.found, found(cueLater(ctx, q))].filter((h): h is Found => h !== null);
        const credited = hits.find((h) => h.entity !== null) ?? null;
        const cue = credited ?? hits[0] ?? null;
        const term = termReason(span.text, open.before, language, credited !== null);
        if (term !== null) {
          decisions[tok.span] = { entity: null, cue: null, mode: null, method: "term", when: null, term };
          continue;
        }
        if (credited !== null && credited.entity !== null) {
          decisions[tok.span] = { entity: credited.entity, cue: credited.cue, mode: credited.mode, method: credited.method, when: credited.when, term: null };
          d.event(credited.entity, tok.start);
          last = { entity: credited.entity, block: block.index, mode: credited.mode };
          continue;
        }
        const paragraph = kinds.get(segs[0]?.block ?? -1) === "paragraph" && block.kind === "paragraph";
        const prev = last as Speaking | null;
        if (cue === null && paragraph && prev !== null && (segs[0]?.block ?? block.index) - prev.block <= CONTINUATION_BLOCKS) {
          decisions[tok.span] = { entity: prev.entity, cue: null, mode: prev.mode, method: "continuation", when: null, term: null };
          last = { entity: prev.entity, block: block.index, mode: prev.mode };
          continue;
        }
        decisions[tok.span] = { entity: null, cue: cue?.cue ?? null, mode: cue?.mode ?? null, method: cue === null ? "none" : "unresolved", when: cue?.when ?? null, term: null };
      }
      const subject = subjectOfSentence(ctx, from, to);
      const e = resolve(d, subject, posOf(subject?.first ?? from), knownOnly);
      if (e !== null) d.event(e, posOf(subject?.first ?? from));
    }
  }

  spans.forEach((s, i) => {
    if (decisions[i] !== undefined) return;
    const short = termReason(s.text, [], language, false);
    decisions[i] = short !== null
      ? { entity: null, cue: null, mode: null, method: "term", when: null, term: s.depth > 0 ? "nested" : short }
      : { entity: null, cue: null, mode: null, method: s.depth > 0 ? "nested" : "none", when: null, term: null };
  });
  repeatPass(spans, decisions);

  const quotes: Attributed[] = [];
  const terms: Term[] = [];
  spans.forEach((s, i) => {
    const dec = decisions[i] as Decision;
    if (dec.term !== null) {
      const a = s.segments[0];
      const z = s.segments[s.segments.length - 1];
      if (a !== undefined && z !== undefined) terms.push({ text: s.text, block: a.block, start: a.start, end: z.end, reason: dec.term });
      return;
    }
    quotes.push({ ...s, speaker: dec.entity === null ? null : speakerOf(dec.entity), cue: dec.cue, mode: dec.mode, method: dec.method, when: dec.when });
  });
  return { quotes, terms };
}

/**
 * The quotation stage end to end: spans, then credits. Takes every block of the article in reading
 * order: quotations are found in paragraphs and the dek only, while titles and headings are read
 * as context, so a name or role they give resolves the pronouns and role nouns that follow.
 */
export function extractQuotes(blocks: Block[], language: Language, registry: Registry): { quotes: Attributed[]; terms: Term[] } {
  return attribute(blocks, findSpans(blocks, language), language, registry);
}
