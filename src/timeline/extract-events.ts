import type { SidecarEvent, TimelineEvent } from "../schema/event.ts";
import { extractCandidates, type Candidate, type CandidateInput } from "./candidates.ts";
import { anchorBlocks } from "./evidence.ts";
import { mergeEvents, type EventProblem } from "./merge.ts";

/**
 * The timeline events one seed supports: the extractor's candidates, as its sidecar accepts, edits
 * or adds them. Problems name the sidecar entry (and evidence) at fault; the caller locates them.
 */
export function extractEvents(input: CandidateInput & { entries: readonly SidecarEvent[] }): { events: TimelineEvent[]; candidates: Candidate[]; problems: EventProblem[] } {
  // Paragraph anchors are made once, for the candidates' evidence and the sidecar's alike.
  const anchored = anchorBlocks(input.blocks);
  const candidates = extractCandidates(input, anchored);
  const { events, problems } = mergeEvents(candidates, input.entries, {
    article: input.article,
    seed: input.seed,
    language: input.language,
    published: input.published,
    blocks: anchored,
    quotes: input.quotes,
    registry: input.registry,
  });
  return { events, candidates, problems };
}
