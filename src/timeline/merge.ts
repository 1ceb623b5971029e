import type { EventDate, SidecarEvent, TimelineEvent } from "../schema/event.ts";
import type { Registry } from "../schema/person.ts";
import type { Language, Quote } from "../schema/quote.ts";
import { actorTypeOf, findActor } from "./actors.ts";
import type { Candidate } from "./candidates.ts";
import { resolveExpression } from "./date-expressions.ts";
import { locateEvidence, mergeEvidence, type AnchoredBlock } from "./evidence.ts";

/** A sidecar event that cannot be published as written; the shell adds file and line. */
export interface EventProblem {
  /** Index in the sidecar's `events` list. */
  event: number;
  /** Index in that event's `evidence` list, when one piece of evidence is at fault. */
  evidence?: number;
  id: "sidecar:event-evidence" | "sidecar:event-invalid";
  detail: string;
}

export interface MergeContext {
  article: string;
  seed: string;
  language: Language;
  published: string | null;
  blocks: readonly AnchoredBlock[];
  quotes: readonly Quote[];
  registry: Registry;
}

/** The date an entry gives, or the problem with it; undefined when it gives none. */
function dateOf(e: SidecarEvent, ctx: MergeContext, body: string): EventDate | string | undefined {
  const extra = { end: e.end ?? null, precision: e.precision ?? "day" } as const;
  if (e.when !== undefined) {
    if (!body.includes(e.when)) return `\`when: ${e.when}\` is not in the seed's text; copy the date's words as the article writes them.`;
    const found = resolveExpression(e.when, ctx.published, ctx.language);
    if (found === null) return `\`when: ${e.when}\` names no day${ctx.published === null ? " (the article has no publication date to resolve it against)" : ""}.`;
    if (e.date !== undefined && e.date !== found.date) return `\`when: ${e.when}\` resolves to ${found.date} from ${ctx.published ?? "?"}, but \`date\` says ${e.date}.`;
    return { start: found.date, ...extra, provenance: found.provenance };
  }
  if (e.date !== undefined && e.date_source !== undefined) {
    return { start: e.date, ...extra, provenance: { basis: "editorial", note: e.date_source.note, url: e.date_source.url ?? null } };
  }
  if (e.date !== undefined) return "`date` needs `when` (its words in the seed) or `date_source` (where it comes from).";
  return undefined;
}

/**
 * Applies a seed's sidecar events to its candidates: only what an editor accepted or added is
 * published. Every reference is checked, and every problem returned rather than thrown, so a
 * build reports them all at once.
 */
export function mergeEvents(candidates: readonly Candidate[], entries: readonly SidecarEvent[], ctx: MergeContext): { events: TimelineEvent[]; problems: EventProblem[] } {
  const events: TimelineEvent[] = [];
  const problems: EventProblem[] = [];
  const body = ctx.blocks.map((b) => b.block.text).join("\n");
  entries.forEach((e, i): void => {
    const fail = (detail: string): void => {
      problems.push({ event: i, id: "sidecar:event-invalid", detail: `events[${i}]: ${detail}` });
    };
    const base = e.candidate === undefined ? undefined : candidates.find((c) => c.key === e.candidate)?.event;
    if (e.candidate !== undefined && base === undefined) {
      const keys = candidates.map((c) => c.key).join(", ") || "none";
      return fail(`no candidate "${e.candidate}" in this seed (candidates: ${keys}).`);
    }
    const actor = e.actor === undefined ? base?.actor : findActor(e.actor, ctx.registry);
    if (!actor) return fail(`the actor "${e.actor ?? ""}" is not in the people and organisations registry (src/data/people.ts).`);
    const actorType = e.actor_type ?? (e.actor === undefined ? base?.actorType : undefined) ?? actorTypeOf(actor.id);
    if (!actorType) return fail(`"${actor.name}" has no lane yet; give \`actor_type\`.`);
    const given = dateOf(e, ctx, body);
    // An accepted candidate keeps its found date; the sidecar may still give its end or precision.
    const date = given ?? (base ? { ...base.date, end: e.end ?? base.date.end, precision: e.precision ?? base.date.precision } : undefined);
    if (typeof date === "string") return fail(date);
    if (date === undefined) return fail("no date; give `when` or `date` with `date_source`.");
    const cited = (e.evidence ?? []).map((text, j) => {
      const found = locateEvidence(text, ctx.article, ctx.blocks, ctx.quotes);
      if (found === null) problems.push({ event: i, evidence: j, id: "sidecar:event-evidence", detail: `events[${i}].evidence[${j}] "${text}" is not in the text of ${ctx.seed}.txt.` });
      return found ?? [];
    });
    events.push({
      id: `event-${e.id ?? e.candidate}`,
      title: e.title ?? base?.title ?? actor.name,
      summary: e.summary ?? base?.summary ?? "",
      date,
      actor,
      actorType,
      kind: e.kind ?? base?.kind ?? "statement",
      evidence: mergeEvidence(base?.evidence ?? [], ...cited),
      context: false,
      seed: ctx.seed,
    });
  });
  return { events, problems };
}
