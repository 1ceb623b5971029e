import { z } from "astro/zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD");

/**
 * Who acts, grouped the way the timeline's lanes are: the UN and other intergovernmental bodies,
 * the European Union, national governments, regulators, civil society, the tech industry, and the
 * platform with its owner.
 */
export const ActorType = z.enum(["intergovernmental", "eu", "government", "regulator", "civil-society", "industry", "platform"]);
export type ActorType = z.infer<typeof ActorType>;

/** What kind of pressure (or response) the event is. */
export const EventKind = z.enum(["letter", "meeting", "statement", "regulation", "investigation", "platform-decision"]);
export type EventKind = z.infer<typeof EventKind>;

/** How finely the date is known: a `month` event is shown as the month, never as its first day. */
export const DatePrecision = z.enum(["day", "month", "season", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Where the date comes from, shown beside it on the page: written in the article (`stated`), worked
 * out from a relative expression such as "on Tuesday" or "mardi" and the article's publication date
 * (`resolved`), or supplied by the editors from a source outside the seeds (`editorial`).
 */
export const DateProvenance = z.discriminatedUnion("basis", [
  z.strictObject({
    basis: z.literal("stated"),
    /** The date as the article writes it ("July 29", "November 5, 2022"). */
    expression: z.string().min(1),
  }),
  z.strictObject({
    basis: z.literal("resolved"),
    /** The relative expression as written ("on Saturday", "mardi"). */
    expression: z.string().min(1),
    /** The publication date it was resolved against, YYYY-MM-DD. */
    reference: isoDay,
  }),
  z.strictObject({
    basis: z.literal("editorial"),
    /** What the editors relied on, in words a reader can check. */
    note: z.string().min(1),
    /** Address of the source, when it is online. */
    url: z.url().nullable(),
  }),
]);
export type DateProvenance = z.infer<typeof DateProvenance>;

/** An event's date: a day, or a span of days, at a stated precision. */
export const EventDate = z.strictObject({
  /** First day, YYYY-MM-DD; for a month, season or year, its first day. */
  start: isoDay,
  /** Last day of a span, YYYY-MM-DD, or null for a single day or period. */
  end: isoDay.nullable(),
  precision: DatePrecision,
  provenance: DateProvenance,
});
export type EventDate = z.infer<typeof EventDate>;

/** Who acted: an entry of the people and organisations registry (or of the context file). */
export const Actor = z.strictObject({
  /** Registry id (`volker-turk`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name (`Volker Türk`). */
  name: z.string().min(1),
});
export type Actor = z.infer<typeof Actor>;

/** A passage of a seed page that supports the event: a paragraph or a quotation, by its anchor. */
export const Evidence = z.strictObject({
  /** Slug of the article page. */
  article: z.string().min(1),
  /** Anchor on that page: `p-…` for a paragraph, `q-…` for a quotation. */
  anchor: z.string().regex(/^[pq]-[a-z0-9-]+$/),
  kind: z.enum(["paragraph", "quotation"]),
  /** The supporting words: the cited text for a paragraph, the quoted words for a quotation. */
  text: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

/** One event of the timeline. */
export const TimelineEvent = z.strictObject({
  /** Anchor id on the timeline pages; permanent once published. */
  id: z.string().regex(/^event-[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** A few words for the chart ("Türk's open letter"). */
  title: z.string().min(1).max(40),
  /** One or two sentences for the list, written for this site. */
  summary: z.string().min(1),
  date: EventDate,
  actor: Actor,
  actorType: ActorType,
  kind: EventKind,
  /** Anchors in the seed pages that support the event; empty only for context events. */
  evidence: z.array(Evidence),
  /** A context event comes from no seed (the EU's DSA steps): shown apart, with its source. */
  context: z.boolean(),
  /** Seed the event was found in, or null for a context event. */
  seed: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens, e.g. turk-open-letter");

/**
 * One entry of a sidecar's `events:` list. With `candidate` it accepts (and may edit) an event the
 * extractor proposed; without, it adds one, and then needs everything a reader will see.
 */
export const SidecarEvent = z
  .strictObject({
    /** Key of an extracted candidate, `<actor id>-<YYYY-MM-DD>` (`volker-turk-2022-11-05`); an unknown key's error lists the seed's candidates. */
    candidate: slugId.optional(),
    /** Anchor of the event without `event-`; defaults to the candidate's key. */
    id: slugId.optional(),
    /** A few words for the chart. */
    title: z.string().min(1).max(40).optional(),
    /** One or two sentences for the list. */
    summary: z.string().min(1).optional(),
    /** The date's words as the seed writes them ("on Saturday", "July 29"), resolved against the publication date. */
    when: z.string().min(1).optional(),
    /** The date, YYYY-MM-DD: checked against `when`, or supported by `date_source`. */
    date: isoDay.optional(),
    /** Last day of a span, YYYY-MM-DD. */
    end: isoDay.optional(),
    precision: DatePrecision.optional(),
    /** Where a date the seed does not give comes from. */
    date_source: z.strictObject({ note: z.string().min(1), url: z.url().optional() }).optional(),
    /** A registry name or alias ("Volker Türk", "Ofcom"). */
    actor: z.string().min(1).optional(),
    actor_type: ActorType.optional(),
    kind: EventKind.optional(),
    /** Words of the seed that support the event, each found in one paragraph. */
    evidence: z.array(z.string().min(1)).optional(),
  })
  .refine((e) => e.candidate !== undefined || (e.id && e.title && e.summary && e.actor && e.kind && e.evidence?.length), {
    message: "an added event (no `candidate`) needs `id`, `title`, `summary`, `actor`, `kind` and `evidence`",
  })
  .refine((e) => e.candidate !== undefined || e.when !== undefined || (e.date !== undefined && e.date_source !== undefined), {
    message: "an added event needs `when` (the date's words in the seed) or `date` with `date_source`",
  })
  .refine((e) => e.date_source === undefined || e.date !== undefined, { message: "`date_source` supports a `date`; give the date too" });
export type SidecarEvent = z.infer<typeof SidecarEvent>;
