import { slugify } from "../pipeline/slug.ts";
import type { Block } from "../schema/block.ts";
import type { Actor, ActorType, EventKind, TimelineEvent } from "../schema/event.ts";
import type { Registry } from "../schema/person.ts";
import type { Language, Quote } from "../schema/quote.ts";
import { actorTypeOf } from "./actors.ts";
import { findDateExpressions, mayNameDay, type DateExpression } from "./date-expressions.ts";
import { anchorBlocks, locateAllEvidence, type AnchoredBlock } from "./evidence.ts";

/** An event the extractor proposes; a sidecar accepts it by `candidate: <key>`. */
export interface Candidate {
  /** `<actor id>-<YYYY-MM-DD>`, numbered on repeats: what a sidecar names. */
  key: string;
  event: TimelineEvent;
}

// Verbs of pressure and response, as the seeds write them; a sentence without one reports no event.
const ACTIONS = /(?<![\p{L}])(wrote|writes|urged|urging|urges|met|meets|published|voted|tweeted|posted|said|says|called|calls|announced|clashed|opened|designated|advised|warned|asked|responding|a déclaré|ont déclaré|a dit|a tweeté|a exhorté|se sont entretenus|a publié|a annoncé)(?![\p{L}])/iu;

/** kindOf('wrote an open letter', 'intergovernmental') is 'letter'. */
export function kindOf(sentence: string, type: ActorType): EventKind {
  const s = sentence.toLowerCase();
  if (/\b(letter)\b|lettre/u.test(s)) return "letter";
  if (/\b(met|meeting|call|interview|zoom|press conference)\b|appel|entretenus/u.test(s)) return "meeting";
  if (/\b(investigat\w*|proceedings|probe)\b|enquête/u.test(s)) return "investigation";
  if (/\b(regulation|law|designat\w*)\b/u.test(s)) return "regulation";
  if (type === "platform" && /\b(poll|voted|announced|decided|reinstat\w*|suspend\w*|ban\w*)\b/u.test(s)) return "platform-decision";
  return "statement";
}

/** Sentences of a paragraph with their offsets; a full stop before a capital ends one. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’»]?|$)/gu;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== "") out.push({ text: body, start: m.index + lead });
  }
  return out;
}

interface Mention {
  actor: Actor;
  at: number;
}

/** Each registry's names and aliases as whole-word patterns, made once per registry rather than once per sentence. */
const patterns = new WeakMap<Registry, { actor: Actor; name: string; re: RegExp }[]>();

function namePatterns(registry: Registry): { actor: Actor; name: string; re: RegExp }[] {
  let list = patterns.get(registry);
  if (!list) {
    list = registry.flatMap((p) =>
      [p.name, ...p.aliases].map((name) => ({
        actor: { id: p.id, name: p.name },
        name,
        re: new RegExp(`(?<![\\p{L}\\p{N}@])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u"),
      })),
    );
    patterns.set(registry, list);
  }
  return list;
}

/** Registry names and aliases in the sentence, whole words and case as written. */
function mentions(sentence: string, registry: Registry): Mention[] {
  const found: Mention[] = [];
  for (const { actor, name, re } of namePatterns(registry)) {
    // The pattern matches the name as written, so a sentence without it needs no regex search.
    const at = sentence.includes(name) ? sentence.search(re) : -1;
    if (at >= 0) found.push({ actor: { ...actor }, at });
  }
  return found.sort((a, b) => a.at - b.at || (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0));
}

export interface CandidateInput {
  blocks: readonly Block[];
  quotes: readonly Quote[];
  language: Language;
  published: string | null;
  /** Slug of the article page, for evidence links. */
  article: string;
  seed: string;
  registry: Registry;
}

/**
 * Proposes events: sentences that name a day, an actor with a lane and an action. The actor is
 * the first named: news sentences open on their subject ("Volker Türk, the UN High Commissioner…").
 */
export function extractCandidates(input: CandidateInput, anchors: readonly AnchoredBlock[] = anchorBlocks(input.blocks)): Candidate[] {
  const anchored = anchors.filter((a) => a.block.kind === "paragraph" || a.block.kind === "dek");
  const proposed: { text: string; when: DateExpression; who: Mention }[] = [];
  for (const { block } of anchored) {
    // Most paragraphs name no day: they need no splitting into sentences.
    if (!mayNameDay(block.text, input.published)) continue;
    for (const s of sentences(block.text)) {
      const when = findDateExpressions(s.text, input.published, input.language)[0];
      if (when === undefined || !ACTIONS.test(s.text)) continue;
      const named = mentions(s.text, input.registry).filter((m) => actorTypeOf(m.actor.id) !== null);
      const who = named[0];
      if (who !== undefined) proposed.push({ text: s.text, when, who });
    }
  }
  // Evidence for all proposals in one pass over the article: one search each would cost
  // proposals × article.
  const evidence = locateAllEvidence(proposed.map((p) => p.text), input.article, anchored, input.quotes);
  const counts = new Map<string, number>();
  const out: Candidate[] = [];
  proposed.forEach(({ text, when, who }, i) => {
    const found = evidence[i];
    if (!found) return;
    const type = actorTypeOf(who.actor.id) as ActorType;
    const base = `${who.actor.id}-${when.date}`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const key = n === 1 ? base : `${base}-${n}`;
    const kind = kindOf(text, type);
    out.push({
      key,
      event: {
        id: `event-${slugify(key, 80)}`,
        title: `${who.actor.name}: ${kind.replace("-", " ")}`.slice(0, 40),
        summary: text,
        date: { start: when.date, end: null, precision: "day", provenance: when.provenance },
        actor: who.actor,
        actorType: type,
        kind,
        evidence: found,
        context: false,
        seed: input.seed,
      },
    });
  });
  return out;
}
