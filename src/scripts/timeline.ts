import { axisTop } from "d3-axis";
import { select, selectAll } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import { DEFAULT_LAYOUT } from "../timeline/layout.ts";
import { dayOf, ticksOf, timeScale } from "../timeline/scale.ts";

/**
 * The timeline island: zoom and pan, a filter by actor type, keyboard navigation with one tab stop
 * (arrow keys between events, Enter opens one) and a details panel. Everything it enhances is
 * already on the page, built from the same layout code, so without JavaScript nothing is missing.
 */

const o = DEFAULT_LAYOUT;

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>("svg.tl-svg");
  const controls = root.querySelector<HTMLElement>(".tl-controls");
  const panel = root.querySelector<HTMLElement>(".tl-detail");
  const body = panel?.querySelector<HTMLElement>(".tl-detail-body");
  if (!svg || !controls || !panel || !body) return;
  const width = svg.viewBox.baseVal.width;
  const height = svg.viewBox.baseVal.height;
  const x = timeScale(o.inset, width - o.inset);
  let current = x;
  const marks = [...svg.querySelectorAll<SVGAElement>("a.tl-mark")];
  const pos = (m: SVGAElement) => m.querySelector<SVGGElement>("g.tl-pos");
  const ys = new Map(marks.map((m) => [m, pos(m)?.transform.baseVal.consolidate()?.matrix.f ?? 0]));
  const visible = () => marks.filter((m) => !m.classList.contains("tl-hidden"));
  let active = marks.find((m) => `#${m.dataset.id}` === location.hash) ?? marks[0];

  // One tab stop: the active event; the others are reached with the arrow keys.
  const setActive = (m: SVGAElement | undefined, focus: boolean) => {
    if (!m) return;
    for (const other of marks) other.setAttribute("tabindex", other === m ? "0" : "-1");
    active = m;
    if (focus) {
      m.focus();
      reveal(m);
    }
  };

  const axis = select(svg).select<SVGGElement>("g.tl-axis");
  const draw = () => {
    const ticks = ticksOf(current);
    axis.call(
      axisTop<Date>(current)
        .tickValues(ticks.map((t) => dayOf(t.date)))
        .tickFormat((_, i) => ticks[i]?.label ?? "")
        .tickSize(-(height - o.axis + 6))
        .tickSizeOuter(0),
    );
    axis.selectAll<SVGGElement, Date>("g.tick").classed("tick-major", (d) => d.getUTCMonth() === 0);
    axis.select(".domain").remove();
    for (const m of marks) {
      const cx = current(dayOf(m.dataset.start ?? ""));
      pos(m)?.setAttribute("transform", `translate(${cx},${ys.get(m) ?? 0})`);
      const span = m.querySelector("rect.tl-span");
      if (span && m.dataset.end) span.setAttribute("width", String(Math.max(0, current(dayOf(m.dataset.end)) - cx)));
    }
  };

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 24])
    .extent([[0, 0], [width, height]])
    .translateExtent([[0, 0], [width, height]])
    // The page keeps scrolling with the wheel; Ctrl + wheel (and pinch) zooms.
    .filter((event: Event) => (event.type === "wheel" ? (event as WheelEvent).ctrlKey : !(event as MouseEvent).button))
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      current = event.transform.rescaleX(x);
      draw();
    });
  const zoomed = select(svg).call(behaviour).on("dblclick.zoom", null);

  const reveal = (m: SVGAElement) => {
    const cx = current(dayOf(m.dataset.start ?? ""));
    if (cx < o.inset * 4 || cx > width - o.inset * 4) zoomed.call(behaviour.translateTo, x(dayOf(m.dataset.start ?? "")), height / 2);
  };

  for (const button of controls.querySelectorAll<HTMLButtonElement>("[data-zoom]")) {
    button.addEventListener("click", () => {
      const how = button.dataset.zoom;
      if (how === "reset") zoomed.call(behaviour.transform, zoomIdentity);
      else zoomed.call(behaviour.scaleBy, how === "in" ? 2 : 0.5, [active ? current(dayOf(active.dataset.start ?? "")) : width / 2, height / 2]);
    });
  }

  const filter = () => {
    const shown = new Set([...controls.querySelectorAll<HTMLInputElement>("input[name=actor-type]")].filter((i) => i.checked).map((i) => i.value));
    for (const m of marks) m.classList.toggle("tl-hidden", !shown.has(m.dataset.type ?? ""));
    for (const li of document.querySelectorAll<HTMLElement>(".tl-list > li")) li.hidden = !shown.has(li.dataset.type ?? "");
    for (const lane of svg.querySelectorAll<SVGGElement>("g.tl-lane")) lane.classList.toggle("tl-lane-off", !shown.has(lane.dataset.type ?? ""));
    if (active?.classList.contains("tl-hidden")) setActive(visible()[0], false);
  };
  controls.addEventListener("change", filter);

  const open = (m: SVGAElement) => {
    const item = document.getElementById(m.dataset.id ?? "");
    if (!item) return;
    body.replaceChildren(...[...item.children].map((c) => c.cloneNode(true)));
    // The lane colour comes from the item's `tl-t-…` class; the panel takes it too.
    body.className = ["tl-detail-body", ...[...item.classList].filter((c) => c.startsWith("tl-t-"))].join(" ");
    for (const d of body.querySelectorAll("details")) d.open = true;
    const heading = body.querySelector<HTMLElement>("h3");
    heading?.setAttribute("tabindex", "-1");
    panel.hidden = false;
    history.replaceState(null, "", `#${m.dataset.id ?? ""}`);
    heading?.focus();
  };
  const close = () => {
    panel.hidden = true;
    active?.focus();
  };
  panel.querySelector(".tl-detail-close")?.addEventListener("click", close);
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });

  svg.addEventListener("click", (e) => {
    const m = (e.target as Element).closest<SVGAElement>("a.tl-mark");
    if (!m) return;
    e.preventDefault();
    setActive(m, false);
    open(m);
  });
  svg.addEventListener("keydown", (e) => {
    const m = (e.target as Element).closest<SVGAElement>("a.tl-mark");
    if (!m) return;
    const list = visible();
    const i = list.indexOf(m);
    const pan = (dx: number) => zoomed.call(behaviour.translateBy, dx, 0);
    const moves: Record<string, () => void> = {
      ArrowRight: () => setActive(list[Math.min(i + 1, list.length - 1)], true),
      ArrowDown: () => setActive(list[Math.min(i + 1, list.length - 1)], true),
      ArrowLeft: () => setActive(list[Math.max(i - 1, 0)], true),
      ArrowUp: () => setActive(list[Math.max(i - 1, 0)], true),
      Home: () => setActive(list[0], true),
      End: () => setActive(list.at(-1), true),
      Enter: () => open(m),
      " ": () => open(m),
      "+": () => zoomed.call(behaviour.scaleBy, 2, [current(dayOf(m.dataset.start ?? "")), height / 2]),
      "=": () => zoomed.call(behaviour.scaleBy, 2, [current(dayOf(m.dataset.start ?? "")), height / 2]),
      "-": () => zoomed.call(behaviour.scaleBy, 0.5, [current(dayOf(m.dataset.start ?? "")), height / 2]),
      "0": () => zoomed.call(behaviour.transform, zoomIdentity),
    };
    const shiftMoves: Record<string, () => void> = { ArrowLeft: () => pan(80), ArrowRight: () => pan(-80) };
    const act = (e.shiftKey ? shiftMoves[e.key] : undefined) ?? moves[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  });

  selectAll(marks).attr("tabindex", -1);
  setActive(active, false);
  controls.hidden = false;
  root.classList.add("tl-enhanced");
  draw();
}

for (const root of document.querySelectorAll<HTMLElement>("[data-timeline]")) enhance(root);
