import type { ActorType, TimelineEvent } from "../schema/event.ts";
import { assignRows, labelWidth, placeLabel } from "./collision.ts";
import { laneOf, stackLanes, type LaneBox } from "./lanes.ts";
import { dayOf, ticksOf, timeScale, type Tick } from "./scale.ts";

export interface LayoutOptions {
  width: number;
  /** Space above the lanes for the axis. */
  axis: number;
  laneHeader: number;
  rowHeight: number;
  radius: number;
  fontSize: number;
  /** Pixels kept clear at each side, so marks at the ends stay whole. */
  inset: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { width: 960, axis: 30, laneHeader: 20, rowHeight: 24, radius: 6, fontSize: 12, inset: 12 };

export interface MarkBox {
  id: string;
  /** Centre of the mark (its first day). */
  x: number;
  /** Right end of a span of several days, or null. */
  x2: number | null;
  /** Centre line of the mark's row. */
  y: number;
  lane: number;
  row: number;
  side: "right" | "left";
}

export interface Layout {
  width: number;
  height: number;
  lanes: LaneBox[];
  marks: MarkBox[];
  ticks: Tick[];
}

const collator = new Intl.Collator("en", { sensitivity: "variant" });

/** Events in time order; same day by lane, then by id, so every build lists them alike. */
export function sortEvents<T extends Pick<TimelineEvent, "id" | "date" | "actorType">>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      collator.compare(a.date.start, b.date.start) ||
      laneOf(a.actorType) - laneOf(b.actorType) ||
      collator.compare(a.id, b.id) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Places every event: x from its date, a lane from its actor type, and a row within the lane so that
 * no two labels overlap. Pure: the build draws the SVG from it, the island redraws from it.
 */
export function layoutTimeline(events: readonly Pick<TimelineEvent, "id" | "title" | "date" | "actorType">[], options: LayoutOptions = DEFAULT_LAYOUT): Layout {
  const o = options;
  const x = timeScale(o.inset, o.width - o.inset);
  const sorted = sortEvents(events);
  const placed = sorted.map((e) => {
    const cx = x(dayOf(e.date.start));
    return { e, cx, x2: e.date.end === null ? null : x(dayOf(e.date.end)), ...placeLabel(cx, o.radius, labelWidth(e.title, o.fontSize), o.width - 2) };
  });
  const rows = new Array<number>(placed.length).fill(0);
  const rowsPerLane = new Map<ActorType, number>();
  for (const type of new Set(sorted.map((e) => e.actorType))) {
    const members = placed.map((p, i) => ({ p, i })).filter(({ p }) => p.e.actorType === type);
    const laneRows = assignRows(members.map(({ p }) => p));
    members.forEach(({ i }, k) => (rows[i] = laneRows[k] as number));
    rowsPerLane.set(type, Math.max(...laneRows) + 1);
  }
  const lanes = stackLanes(rowsPerLane, o.axis, o.laneHeader, o.rowHeight);
  const marks = placed.map((p, i): MarkBox => {
    const lane = laneOf(p.e.actorType);
    const box = lanes[lane] as LaneBox;
    const row = rows[i] as number;
    return { id: p.e.id, x: p.cx, x2: p.x2, y: box.y + o.laneHeader + row * o.rowHeight + o.rowHeight / 2, lane, row, side: p.side };
  });
  const last = lanes.at(-1) as LaneBox;
  return { width: o.width, height: last.y + last.height + 4, lanes, marks, ticks: ticksOf(x) };
}
