import type { ActorType } from "../schema/event.ts";
import { LANE_ORDER } from "./actors.ts";

/** laneOf('regulator') is 3: the lane's position from the top. */
export function laneOf(type: ActorType): number {
  return LANE_ORDER.indexOf(type);
}

export interface LaneBox {
  type: ActorType;
  /** Top of the lane band, in pixels. */
  y: number;
  height: number;
  /** Rows of marks the lane holds. */
  rows: number;
}

/**
 * Stacks the lanes from `top`: each is a header for its name plus its rows of marks. A lane with no
 * event still shows (one row), so the chart's shape is the same under any filter.
 */
export function stackLanes(rowsPerLane: ReadonlyMap<ActorType, number>, top: number, header: number, rowHeight: number): LaneBox[] {
  let y = top;
  return LANE_ORDER.map((type) => {
    const rows = Math.max(1, rowsPerLane.get(type) ?? 0);
    const box = { type, y, height: header + rows * rowHeight, rows };
    y += box.height;
    return box;
  });
}
