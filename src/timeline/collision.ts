/** A horizontal stretch a mark and its label take up, in pixels. */
export interface Interval {
  left: number;
  right: number;
}

/**
 * Stacks intervals into rows so that none overlaps another in its row (with `gap` pixels between):
 * each, taken left to right, goes in the first row where it fits. Returns the row of each interval,
 * in input order. Greedy first-fit on sorted intervals uses the fewest rows possible.
 */
export function assignRows(items: readonly Interval[], gap = 8): number[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a] as Interval).left - (items[b] as Interval).left || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const it = items[i] as Interval;
    let row = rowEnds.findIndex((end) => end + gap <= it.left);
    if (row < 0) row = rowEnds.push(it.right) - 1;
    else rowEnds[row] = it.right;
    rows[i] = row;
  }
  return rows;
}

/** labelWidth('Ofcom's open letter', 12) estimates the text's width in pixels (no DOM at build time). */
export function labelWidth(text: string, fontSize: number): number {
  // An average glyph of a sans-serif face is a little over half its size; capitals are wider.
  let units = 0;
  for (const c of text) units += /[A-Z]/u.test(c) ? 0.68 : /[ .,'’"“”:;il]/u.test(c) ? 0.32 : 0.56;
  return Math.ceil(units * fontSize);
}

/**
 * Where the label goes: right of the mark, or left of it when it would run past `limit`.
 * Returns the interval taken by mark and label together.
 */
export function placeLabel(x: number, radius: number, width: number, limit: number): Interval & { side: "right" | "left" } {
  if (x + radius + 4 + width <= limit) return { left: x - radius, right: x + radius + 4 + width, side: "right" };
  return { left: x - radius - 4 - width, right: x + radius, side: "left" };
}
