import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { people } from "../../src/data/people.ts";
import { loadSeeds } from "../../src/integration/seeds.ts";
import { extractArticle } from "../../src/pipeline/extract.ts";
import { TimelineEvent } from "../../src/schema/event.ts";
import { Sidecar } from "../../src/schema/sidecar.ts";
import { actorTypeOf, findActor } from "../../src/timeline/actors.ts";
import { extractCandidates, kindOf, sentences } from "../../src/timeline/candidates.ts";
import { findDateExpressions, mayNameDay, resolveExpression } from "../../src/timeline/date-expressions.ts";
import { anchorBlocks, locateEvidence } from "../../src/timeline/evidence.ts";
import { mergeEvents } from "../../src/timeline/merge.ts";
import { toBlocks } from "../helpers/blocks.ts";
import { ROOT } from "../helpers/site.ts";

/** The verified dates of DESIGN.md that the seeds report, by event id. */
const VERIFIED: Record<string, [string, string | null]> = {
  "event-musk-completes-purchase": ["2022-10-27", null],
  "event-civil-rights-call-with-musk": ["2022-11-01", null],
  "event-turk-open-letter": ["2022-11-05", null],
  "event-macron-meets-musk": ["2022-12-02", null],
  "event-musk-step-down-poll": ["2022-12-18", "2022-12-19"],
  "event-guterres-press-conference": ["2022-12-19", null],
  "event-musk-civil-war-post": ["2024-08-04", null],
  "event-ofcom-open-letter": ["2024-08-07", null],
};

describe("findDateExpressions", () => {
  it("findDateExpressions('wrote an open letter … on Saturday', 2022-11-06) resolves to 2022-11-05", () => {
    const [d] = findDateExpressions("Volker Türk wrote an open letter to Twitter CEO Elon Musk on Saturday", "2022-11-06", "en");
    expect(d).toMatchObject({ expression: "on Saturday", date: "2022-11-05", provenance: { basis: "resolved", reference: "2022-11-06" } });
  });

  it("findDateExpressions resolves the French 'mardi' against 2022-11-02 to 2022-11-01", () => {
    expect(findDateExpressions("un appel Zoom de près d’une heure mardi, une semaine avant", "2022-11-02", "fr")[0]?.date).toBe("2022-11-01");
  });

  it("findDateExpressions('Since July 29', 2024-08-08) is a stated 2024-07-29; a later month falls in the year before", () => {
    expect(findDateExpressions("Since July 29 when", "2024-08-08", "en")[0]).toMatchObject({ date: "2024-07-29", provenance: { basis: "stated" } });
    expect(findDateExpressions("on December 2", "2024-08-08", "en")[0]?.date).toBe("2023-12-02");
  });

  it("findDateExpressions reads 'November 5, 2022' and '12 novembre 2019' with their years", () => {
    expect(findDateExpressions("(@volker_turk) November 5, 2022", "2022-11-06", "en")[0]?.date).toBe("2022-11-05");
    expect(findDateExpressions("à Berlin, en Allemagne, le 12 novembre 2019.", "2022-11-02", "fr")[0]?.date).toBe("2019-11-12");
  });

  it("findDateExpressions ignores 'may' the verb and weekdays inside words", () => {
    expect(findDateExpressions("the online act may be unable to tackle lies; Mondays", "2024-08-08", "en")).toEqual([]);
  });

  it("mayNameDay passes every text findDateExpressions finds a day in, and fails text with none", () => {
    const texts = ["Since July 29 when", "on Saturday", "le 12 novembre 2019.", "Mondays", "the act may be unable", "July without a day", "42 reports", ""];
    for (const published of ["2024-08-08", null]) {
      for (const t of texts) if (findDateExpressions(t, published, "en").length > 0) expect(mayNameDay(t, published), t).toBe(true);
    }
    expect(mayNameDay("July without a day", "2024-08-08")).toBe(false);
    expect(mayNameDay("on Saturday", null)).toBe(false);
    expect(mayNameDay("42 reports", "2024-08-08")).toBe(false);
  });

  it("resolveExpression('On Wednesday', 2024-08-08) is 2024-08-07, the Ofcom letter", () => {
    expect(resolveExpression("On Wednesday", "2024-08-08", "en")?.date).toBe("2024-08-07");
  });
});

describe("candidates", () => {
  it("sentences splits a paragraph at full stops, keeping offsets", () => {
    const text = "Musk tweeted on Sunday. He added more! Then left";
    expect(sentences(text).map((s) => [s.text, text.slice(s.start, s.start + s.text.length) === s.text])).toEqual([
      ["Musk tweeted on Sunday.", true], ["He added more!", true], ["Then left", true],
    ]);
  });

  it("kindOf('… published an open letter …', 'regulator') is 'letter'; a platform's poll is a platform decision", () => {
    expect(kindOf("On Wednesday, Ofcom published an open letter", "regulator")).toBe("letter");
    expect(kindOf("Twitter users had voted on Monday in a poll", "platform")).toBe("platform-decision");
    expect(kindOf("Macron met Musk", "government")).toBe("meeting");
  });

  it("extractCandidates finds the Türk letter in its seed: date, actor, lane and evidence anchors", () => {
    const text = "Volker Türk, the UN High Commissioner for Human Rights, wrote an open letter to Twitter CEO Elon Musk on Saturday requesting Musk to \"ensure human rights are central\".";
    const blocks = toBlocks(text);
    const [c, ...rest] = extractCandidates({ blocks, quotes: [], language: "en", published: "2022-11-06", article: "a", seed: "s", registry: people });
    expect(rest).toEqual([]);
    expect(c?.key).toBe("volker-turk-2022-11-05");
    expect(c?.event).toMatchObject({ actor: { id: "volker-turk" }, actorType: "intergovernmental", kind: "letter", date: { start: "2022-11-05" } });
    expect(c?.event.evidence[0]?.anchor).toBe("p-volker-turk-the-un-high");
  });

  it("extractCandidates proposes nothing for a sentence without a day", () => {
    expect(extractCandidates({ blocks: toBlocks("Ofcom published an open letter."), quotes: [], language: "en", published: "2024-08-08", article: "a", seed: "s", registry: people })).toEqual([]);
  });
});

describe("actors and evidence", () => {
  it("findActor('Turk') finds Volker Türk by alias; actorTypeOf('ofcom') is 'regulator'", () => {
    expect(findActor("Volker Turk", people)).toEqual({ id: "volker-turk", name: "Volker Türk" });
    expect(findActor("Nobody Known", people)).toBeNull();
    expect(actorTypeOf("ofcom")).toBe("regulator");
    expect(actorTypeOf("nobody")).toBeNull();
  });

  it("locateEvidence matches curly and straight apostrophes alike, and finds the quotations it overlaps", () => {
    const blocks = anchorBlocks(toBlocks("Elon Musk confirmed Twitter’s participation in the Christchurch Call."));
    const quote = { id: "q-x", text: "participation", segments: [{ block: 0, start: 30, end: 43 }] } as never;
    const found = locateEvidence("Twitter's participation", "a", blocks, [quote]);
    expect(found?.map((e) => e.anchor)).toEqual(["p-elon-musk-confirmed-twitters-participation", "q-x"]);
    expect(locateEvidence("not there", "a", blocks, [])).toBeNull();
  });

  it("locateEvidence cites the first paragraph holding the words, folded white space included, and only its quotations", () => {
    const blocks = anchorBlocks(toBlocks("First, Ofcom   wrote on Monday.\nOfcom wrote on Monday.\nOfcom wrote"));
    const quotes = [
      { id: "q-later", text: "wrote", segments: [{ block: 1, start: 38, end: 43 }] },
      { id: "q-first", text: "wrote", segments: [{ block: 0, start: 14, end: 19 }] },
    ] as never;
    expect(locateEvidence("Ofcom wrote on Monday.", "a", blocks, quotes)?.map((e) => e.anchor)).toEqual(["p-first-ofcom-wrote-on-monday", "q-first"]);
    expect(locateEvidence("Ofcom wrote on Monday.", "a", blocks.slice(1), quotes)?.map((e) => e.anchor)).toEqual(["p-ofcom-wrote-on-monday", "q-later"]);
    expect(locateEvidence("wrote on Monday. Ofcom", "a", blocks, quotes)).toBeNull();
  });
});

describe("mergeEvents", () => {
  const blocks = toBlocks("On Wednesday, Ofcom, the UK telecom regulator, published an open letter advising online service providers.");
  const ctx = { article: "a", seed: "s", language: "en" as const, published: "2024-08-08", blocks: anchorBlocks(blocks), quotes: [], registry: people };
  const candidates = extractCandidates({ ...ctx, blocks });

  it("mergeEvents publishes only what the sidecar accepts or adds", () => {
    expect(candidates).toHaveLength(1);
    expect(mergeEvents(candidates, [], ctx).events).toEqual([]);
    const { events, problems } = mergeEvents(candidates, [{ candidate: "ofcom-2024-08-07", id: "ofcom-letter", title: "Ofcom's letter" }], ctx);
    expect(problems).toEqual([]);
    expect(TimelineEvent.parse(events[0])).toMatchObject({ id: "event-ofcom-letter", title: "Ofcom's letter", date: { start: "2024-08-07", provenance: { basis: "resolved", expression: "On Wednesday" } } });
  });

  it("mergeEvents reports evidence missing from the seed by event and evidence index", () => {
    const { problems } = mergeEvents(candidates, [{ candidate: "ofcom-2024-08-07", evidence: ["published an open letter", "fined X"] }], ctx);
    expect(problems).toEqual([expect.objectContaining({ event: 0, evidence: 1, id: "sidecar:event-evidence" })]);
  });

  it("mergeEvents rejects a `when` that disagrees with `date`, an unknown actor and an unknown candidate", () => {
    const base = { id: "x", title: "X", summary: "S", kind: "letter" as const, evidence: ["published an open letter"] };
    const problems = mergeEvents(candidates, [
      { ...base, actor: "Ofcom", when: "On Wednesday", date: "2024-08-06" },
      { ...base, actor: "Nobody Known", when: "On Wednesday" },
      { candidate: "ofcom-2099-01-01" },
    ], ctx).problems;
    expect(problems.map((p) => [p.event, p.id])).toEqual([[0, "sidecar:event-invalid"], [1, "sidecar:event-invalid"], [2, "sidecar:event-invalid"]]);
    expect(problems[0]?.detail).toContain("resolves to 2024-08-07");
  });

  it("an added event with `date` and `date_source` gets editorial provenance", () => {
    const { events } = mergeEvents([], [{ id: "x", title: "X", summary: "S", actor: "Ofcom", kind: "letter", evidence: ["published an open letter"], date: "2024-08-07", date_source: { note: "Ofcom's site.", url: "https://www.ofcom.org.uk/" } }], ctx);
    expect(events[0]?.date.provenance).toEqual({ basis: "editorial", note: "Ofcom's site.", url: "https://www.ofcom.org.uk/" });
  });

  it("Sidecar rejects an added event without evidence, and unknown keys", () => {
    expect(Sidecar.safeParse({ events: [{ id: "x", title: "X", summary: "S", actor: "Ofcom", kind: "letter", when: "On Wednesday" }] }).success).toBe(false);
    expect(Sidecar.safeParse({ events: [{ candidate: "ofcom-2024-08-07", colour: "red" }] }).success).toBe(false);
  });
});

describe("the seeds' events", async () => {
  const { seeds, errors } = await loadSeeds(join(ROOT, "seeds"), "seeds", "2026-01-01");
  const events = seeds.flatMap((s) => s.article.events);

  it("loadSeeds(seeds) reports no event problem", () => {
    expect(errors.filter((e) => e.id.startsWith("sidecar:event"))).toEqual([]);
  });

  it.each(Object.entries(VERIFIED))("%s lands on its verified date", (id, [start, end]) => {
    const e = events.find((x) => x.id === id);
    expect(e?.date.start).toBe(start);
    expect(e?.date.end).toBe(end);
  });

  it("relative dates in the seeds resolve from the publication dates (Türk 'on Saturday', the call 'mardi', Ofcom 'On Wednesday')", () => {
    const p = (id: string) => events.find((x) => x.id === id)?.date.provenance;
    expect(p("event-turk-open-letter")).toEqual({ basis: "resolved", expression: "on Saturday", reference: "2022-11-06" });
    expect(p("event-civil-rights-call-with-musk")).toEqual({ basis: "resolved", expression: "mardi", reference: "2022-11-02" });
    expect(p("event-ofcom-open-letter")).toEqual({ basis: "resolved", expression: "On Wednesday", reference: "2024-08-08" });
  });

  it("every seed event has evidence on its own article page, and parses as a TimelineEvent", () => {
    for (const s of seeds) {
      for (const e of s.article.events) {
        expect(TimelineEvent.parse(e)).toBeTruthy();
        expect(e.evidence.length).toBeGreaterThan(0);
        expect(e.evidence.every((ev) => ev.article === s.article.slug)).toBe(true);
        const quoteIds = new Set(s.article.quotes.map((q) => q.id));
        for (const ev of e.evidence.filter((x) => x.kind === "quotation")) expect(quoteIds.has(ev.anchor), ev.anchor).toBe(true);
      }
    }
  });

  it("extractArticle returns no event problems for the seeds' own sidecars", () => {
    expect(seeds.every((s) => s.eventProblems.length === 0)).toBe(true);
  });
});

describe("sidecar event errors", () => {
  it("evidence that is not in the seed stops the build naming the sidecar file and the evidence's line", async () => {
    const { errors } = await loadSeeds(join(ROOT, "tests/fixtures/timeline/bad-evidence/seeds"), "fixtures", "2026-01-01");
    const located = errors.filter((e) => e.id.startsWith("sidecar:event")).map((e) => [e.id, e.location.file, e.location.line]);
    expect(located).toEqual([
      ["sidecar:event-evidence", "fixtures/ofcom.yaml", 9],
      ["sidecar:event-invalid", "fixtures/ofcom.yaml", 10],
    ]);
  });

  it("extractArticle reports the same problems by index, for tools without files", () => {
    const { eventProblems } = extractArticle("Ofcom said on Wednesday it was fine.", "s", { published: "2024-08-08", events: [{ candidate: "nope" }] });
    expect(eventProblems).toEqual([expect.objectContaining({ event: 0, id: "sidecar:event-invalid" })]);
  });
});
