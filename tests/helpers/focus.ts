import type { Page } from "playwright-core";

/** What has focus and how it shows: enough to assert that focus is visible wherever it goes. */
export interface Focused {
  /** `a[href=/timeline/]`, `button.quote-copy`, `body`… */
  what: string;
  /** Whether a focus indicator is drawn: an outline of at least 2 px, or the chart's own ring. */
  visible: boolean;
  /** Whether the element is inside the viewport and not covered by another one. */
  inView: boolean;
}

export function focused(p: Page): Promise<Focused> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: "body", visible: false, inView: false };
    const href = el.getAttribute("href");
    const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}${href ? `[href=${href}]` : ""}${el.id ? `#${el.id}` : ""}`;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    // Timeline marks are SVG links: their dot gets a thick ring instead of an outline.
    const dot = el.querySelector("circle");
    const ring = dot !== null && parseFloat(getComputedStyle(dot).strokeWidth) >= 3;
    // A link that wraps has several boxes: its first line is where it starts and what must show.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const inViewport = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0 && r.height > 0;
    const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 4), 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 8), 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return { what, visible: outline || ring, inView: inViewport && hit !== null && (el.contains(hit) || hit.contains(el)) };
  });
}

/** Presses Tab until `match` says focus has arrived; returns the stops passed on the way (each checked by the caller). */
export async function tabUntil(p: Page, match: (f: Focused, href: string | null) => boolean, max = 200, key = "Tab"): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await p.keyboard.press(key);
    const f = await focused(p);
    seen.push(f);
    const href = await p.evaluate(() => document.activeElement?.getAttribute("href") ?? null);
    if (match(f, href)) return seen;
  }
  throw new Error(`focus never arrived after ${max} presses of ${key}; last: ${seen.at(-1)?.what}`);
}
