import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../src/schema/event.ts";
import { assignRows, labelWidth, placeLabel } from "../../src/timeline/collision.ts";
import { describeProvenance, formatEventDate } from "../../src/timeline/describe.ts";
import { laneOf, stackLanes } from "../../src/timeline/lanes.ts";
import { DEFAULT_LAYOUT, layoutTimeline, sortEvents } from "../../src/timeline/layout.ts";
import { dayOf, ticksOf, timeScale } from "../../src/timeline/scale.ts";

type Placed = Pick<TimelineEvent, "id" | "title" | "date" | "actorType">;
const ev = (id: string, start: string, actorType: TimelineEvent["actorType"], title = id, end: string | null = null): Placed => ({
  id, title, actorType, date: { start, end, precision: "day", provenance: { basis: "stated", expression: start } },
});

describe("timeScale", () => {
  it("timeScale(0, 1000) maps 2022-10-01 to 0 and 2025-01-01 to 1000", () => {
    const x = timeScale(0, 1000);
    expect(x(dayOf("2022-10-01"))).toBe(0);
    expect(x(dayOf("2025-01-01"))).toBe(1000);
  });

  it("timeScale is linear in days: a day is the same width in 2022 and 2024", () => {
    const x = timeScale(0, 823);
    const day2022 = x(dayOf("2022-11-06")) - x(dayOf("2022-11-05"));
    const day2024 = x(dayOf("2024-08-08")) - x(dayOf("2024-08-07"));
    expect(day2022).toBeCloseTo(day2024, 9);
    expect(day2022).toBeCloseTo(1, 9); // 823 days from 2022-10-01 to 2025-01-01
  });

  it("dayOf('2022-11-05') is midnight UTC, whatever the machine's time zone", () => {
    expect(dayOf("2022-11-05").toISOString()).toBe("2022-11-05T00:00:00.000Z");
  });
});

describe("ticksOf", () => {
  it("ticksOf a 936-pixel scale gives quarterly ticks with the year on January", () => {
    const ticks = ticksOf(timeScale(12, 948));
    expect(ticks.map((t) => t.label)).toEqual(["Oct", "2023", "Apr", "Jul", "Oct", "2024", "Apr", "Jul", "Oct", "2025"]);
    expect(ticks.filter((t) => t.major).map((t) => t.date)).toEqual(["2023-01-01", "2024-01-01", "2025-01-01"]);
  });

  it("ticksOf a zoomed scale gives a tick every month", () => {
    const ticks = ticksOf(timeScale(0, 960, ["2022-10-01", "2023-01-01"]));
    expect(ticks.map((t) => t.date)).toEqual(["2022-10-01", "2022-11-01", "2022-12-01", "2023-01-01"]);
  });
});

describe("assignRows", () => {
  it("assignRows puts overlapping intervals in separate rows and reuses a row once it is free", () => {
    expect(assignRows([{ left: 0, right: 100 }, { left: 50, right: 150 }, { left: 120, right: 200 }])).toEqual([0, 1, 0]);
  });

  it("assignRows keeps `gap` pixels between neighbours in a row", () => {
    expect(assignRows([{ left: 0, right: 100 }, { left: 104, right: 150 }], 8)).toEqual([0, 1]);
    expect(assignRows([{ left: 0, right: 100 }, { left: 108, right: 150 }], 8)).toEqual([0, 0]);
  });

  it("assignRows returns rows in input order whatever the order of the intervals", () => {
    expect(assignRows([{ left: 120, right: 200 }, { left: 0, right: 100 }, { left: 50, right: 150 }])).toEqual([0, 0, 1]);
  });

  it("assignRows never puts two overlapping intervals in one row (random cases)", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 50; n++) {
      const items = Array.from({ length: 12 }, () => {
        const left = Math.floor(rand() * 800);
        return { left, right: left + 20 + Math.floor(rand() * 200) };
      });
      const rows = assignRows(items, 8);
      items.forEach((a, i) => items.forEach((b, j) => {
        if (i < j && rows[i] === rows[j]) expect(a.right + 8 <= b.left || b.right + 8 <= a.left).toBe(true);
      }));
    }
  });
});

describe("labels", () => {
  it("labelWidth grows with the text and with the font size", () => {
    expect(labelWidth("Ofcom's open letter", 12)).toBeGreaterThan(labelWidth("Ofcom", 12));
    expect(labelWidth("Ofcom", 24)).toBeGreaterThanOrEqual(2 * labelWidth("Ofcom", 12) - 1);
  });

  it("placeLabel puts the label right of the mark, or left when it would pass the limit", () => {
    expect(placeLabel(100, 6, 80, 960)).toEqual({ left: 94, right: 190, side: "right" });
    expect(placeLabel(900, 6, 80, 960)).toEqual({ left: 810, right: 906, side: "left" });
  });
});

describe("lanes", () => {
  it("laneOf('regulator') is 3 and laneOf('platform') is the last lane, 6", () => {
    expect(laneOf("regulator")).toBe(3);
    expect(laneOf("platform")).toBe(6);
  });

  it("stackLanes stacks seven lanes, each a header plus its rows, an empty lane one row", () => {
    const lanes = stackLanes(new Map([["platform", 3]]), 30, 20, 24);
    expect(lanes).toHaveLength(7);
    expect(lanes[0]).toEqual({ type: "intergovernmental", y: 30, height: 44, rows: 1 });
    expect(lanes[6]).toEqual({ type: "platform", y: 30 + 6 * 44, height: 20 + 3 * 24, rows: 3 });
  });
});

describe("layoutTimeline", () => {
  const events = [
    ev("event-b", "2022-11-05", "intergovernmental", "Türk's open letter to Musk"),
    ev("event-a", "2022-10-27", "platform", "Musk takes over Twitter"),
    ev("event-c", "2022-11-04", "platform", 'Musk cites a "huge loss in income"'),
    ev("event-d", "2024-08-07", "regulator", "Ofcom's open letter to platforms"),
    ev("event-e", "2022-12-18", "platform", "Poll", "2022-12-19"),
  ];
  const layout = layoutTimeline(events);

  it("layoutTimeline lists marks in time order and puts each in its actor type's lane", () => {
    expect(layout.marks.map((m) => m.id)).toEqual(["event-a", "event-c", "event-b", "event-e", "event-d"]);
    expect(layout.marks.map((m) => m.lane)).toEqual([6, 6, 0, 6, 3]);
  });

  it("layoutTimeline stacks close events of one lane in rows so that labels do not overlap", () => {
    const [a, c] = layout.marks;
    expect(a?.row).toBe(0);
    expect(c?.row).toBe(1);
    expect(c!.y - a!.y).toBe(DEFAULT_LAYOUT.rowHeight);
  });

  it("layoutTimeline turns a label left near the right edge and gives spans their end", () => {
    expect(layout.marks.find((m) => m.id === "event-d")?.side).toBe("left");
    const span = layout.marks.find((m) => m.id === "event-e")!;
    expect(span.x2! - span.x).toBeGreaterThan(1);
  });

  it("layoutTimeline keeps every mark inside the chart", () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.inset);
      expect(m.x).toBeLessThanOrEqual(layout.width - DEFAULT_LAYOUT.inset);
      expect(m.y).toBeLessThan(layout.height);
    }
  });

  it("sortEvents orders same-day events by lane, then id", () => {
    const sorted = sortEvents([ev("event-z", "2024-08-07", "regulator"), ev("event-y", "2024-08-07", "eu"), ev("event-x", "2024-08-07", "regulator")]);
    expect(sorted.map((e) => e.id)).toEqual(["event-y", "event-x", "event-z"]);
  });
});

describe("describe", () => {
  it("formatEventDate writes each precision and spans of days", () => {
    const d = (start: string, precision: "day" | "month" | "season" | "year", end: string | null = null) => ({ start, end, precision });
    expect(formatEventDate(d("2022-11-05", "day"))).toBe("5 November 2022");
    expect(formatEventDate(d("2022-12-18", "day", "2022-12-19"))).toBe("18–19 December 2022");
    expect(formatEventDate(d("2022-10-01", "month"))).toBe("October 2022");
    expect(formatEventDate(d("2024-07-01", "season"))).toBe("summer 2024");
    expect(formatEventDate(d("2023-01-01", "year"))).toBe("2023");
  });

  it("describeProvenance names the expression and the publication date it was resolved against", () => {
    expect(describeProvenance({ start: "2022-11-05", end: null, precision: "day", provenance: { basis: "resolved", expression: "on Saturday", reference: "2022-11-06" } }))
      .toBe("Date worked out from “on Saturday” in an article dated 6 November 2022.");
  });
});
