import { TimelineEvent } from "../schema/event.ts";

/**
 * Events no seed reports but a reader needs for context: the European Union's Digital Services Act
 * steps against Twitter/X. Each date comes from the European Commission's own press release. The
 * Commission is not in the people registry (no seed quotes it), so its actor entry lives here.
 */
const commission = { id: "european-commission", name: "European Commission" };

const press = (note: string, url: string) => ({ basis: "editorial" as const, note, url });

export const contextEvents: readonly TimelineEvent[] = TimelineEvent.array().parse([
  {
    id: "event-eu-designates-twitter-vlop",
    title: "EU designates Twitter a VLOP",
    summary: "The European Commission designates Twitter one of the first very large online platforms under the Digital Services Act, bound to assess and reduce the systemic risks it creates.",
    date: { start: "2023-04-25", end: null, precision: "day", provenance: press("European Commission press release IP/23/2413, 25 April 2023.", "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_2413") },
    actor: commission, actorType: "eu", kind: "regulation", evidence: [], context: true, seed: null,
  },
  {
    id: "event-eu-opens-dsa-proceedings",
    title: "EU opens DSA proceedings against X",
    summary: "The Commission opens its first formal proceedings under the Digital Services Act, against X: risk management, content moderation, dark patterns, advertising transparency and researchers' access to data.",
    date: { start: "2023-12-18", end: null, precision: "day", provenance: press("European Commission press release IP/23/6709, 18 December 2023.", "https://ec.europa.eu/commission/presscorner/detail/en/ip_23_6709") },
    actor: commission, actorType: "eu", kind: "investigation", evidence: [], context: true, seed: null,
  },
  {
    id: "event-eu-preliminary-findings",
    title: "EU preliminary findings against X",
    summary: "The Commission tells X it preliminarily finds it in breach of the Digital Services Act: deceptive blue checkmarks, no usable advertising repository, and researchers denied access to public data.",
    date: { start: "2024-07-12", end: null, precision: "day", provenance: press("European Commission press release IP/24/3761, 12 July 2024.", "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_3761") },
    actor: commission, actorType: "eu", kind: "investigation", evidence: [], context: true, seed: null,
  },
]);
