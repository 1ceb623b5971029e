import type { FilterCounts, PagefindResultData } from "./pagefind-api.ts";

/** Labels of the facets, in the order they are shown; facets the index lacks are skipped. */
export const FACETS: readonly (readonly [string, string])[] = [
  ["kind", "Show"],
  ["speaker", "Speaker"],
  ["organisation", "Organisation"],
  ["actor type", "Speaker type"],
  ["year", "Year"],
  ["language", "Language"],
];

const KIND_LABEL: Record<string, string> = { quotation: "Quotations", article: "Articles", event: "Timeline events" };
const RESULT_KIND: Record<string, string> = { quotation: "Quotation", article: "Article", event: "Event" };
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const byLabel = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  for (const c of children) if (c) e.append(c);
  return e;
}

/**
 * Pagefind's excerpt with its `<mark>`s, rebuilt from text nodes: the excerpt is made from seed
 * text, which is data and must never become markup in the page.
 */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html");
  const out: Node[] = [];
  for (const n of Array.from(doc.body.childNodes)) {
    const text = n.textContent ?? "";
    out.push(n.nodeName === "MARK" ? el("mark", { text }) : document.createTextNode(text));
  }
  return out;
}

/** `text` with every word Pagefind marked in the excerpt marked again, as text nodes. */
export function highlighted(text: string, marked: readonly string[]): Node[] {
  const words = [...new Set(marked.map((w) => w.toLocaleLowerCase()).filter((w) => w.length > 1))];
  if (words.length === 0) return [document.createTextNode(text)];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(document.createTextNode(text.slice(last, m.index)), el("mark", { text: m[0] }));
    last = m.index + m[0].length;
  }
  out.push(document.createTextNode(text.slice(last)));
  return out;
}

const QUOTE_MAX = 260;

/** Plain words of a string, for comparing an excerpt with a quotation. */
const plain = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLocaleLowerCase();

export function formatDay(iso: string | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

function time(iso: string | undefined): HTMLElement | null {
  const label = formatDay(iso);
  if (!label || !iso) return null;
  const t = el("time", { text: label });
  t.setAttribute("datetime", iso);
  return t;
}

/** The page-relative URL Pagefind gave, under the site's base path (meta URLs lack it). */
function siteUrl(base: string, path: string | undefined): string | null {
  return path ? `${base}${path.replace(/^\//, "")}` : null;
}

export function renderResult(d: PagefindResultData, base: string): HTMLLIElement {
  const kind = d.meta.kind ?? "article";
  const french = d.filters.language?.includes("French") ?? false;
  const link = el("a", { className: "search-result-link" });
  link.href = d.url;
  link.append(el("span", { className: "search-result-kind", text: RESULT_KIND[kind] ?? kind }), " ");
  link.append(el("span", { className: "search-result-title", text: d.meta.title ?? d.url }));
  const nodes = excerptNodes(d.excerpt);
  let context: HTMLElement | null = null;
  let excerpt: HTMLElement;
  if (kind === "quotation" && d.meta.quote) {
    // The quotation itself, whole when short; where the match was only in the words around it,
    // those words follow as context, so the reader sees why it was found.
    const quote = d.meta.quote.length > QUOTE_MAX ? `${d.meta.quote.slice(0, QUOTE_MAX).replace(/\s+\S*$/u, "")}…` : d.meta.quote;
    const marked = nodes.filter((n) => n.nodeName === "MARK").map((n) => n.textContent ?? "");
    excerpt = el("q", { className: "search-result-excerpt" }, ...highlighted(quote, marked));
    const words = ` ${plain(d.meta.quote)} `;
    if (marked.length === 0 || marked.some((w) => !words.includes(` ${plain(w)} `))) {
      context = el("p", { className: "search-result-context" }, ...nodes);
      if (french) context.lang = "fr";
    }
  } else {
    excerpt = el("span", { className: "search-result-excerpt" }, ...nodes);
  }
  if (french) excerpt.lang = "fr";
  link.append(" ", excerpt);

  const details = el("p", { className: "search-result-meta" });
  if (d.meta.role) details.append(el("span", { text: d.meta.role }));
  const articleUrl = siteUrl(base, d.meta.article_url);
  if (kind !== "article" && d.meta.article && articleUrl) {
    const a = el("a", { text: d.meta.article });
    a.href = articleUrl;
    if (french) a.lang = "fr";
    details.append(el("span", {}, document.createTextNode(kind === "event" ? "On the " : "In "), a));
  }
  const t = time(d.meta.date);
  if (t) details.append(el("span", {}, t));
  const item = el("li", { className: `search-result search-result-${kind}` }, link, context, details.childNodes.length > 0 ? details : null);
  return item;
}

export function valueLabel(facet: string, value: string): string {
  if (facet === "kind") return KIND_LABEL[value] ?? value;
  return facet === "actor type" ? `${value.charAt(0).toLocaleUpperCase("en")}${value.slice(1)}` : value;
}

/** One fieldset of checkboxes per facet, values in a stable order, with their counts. */
export function renderFacets(container: HTMLElement, counts: FilterCounts, checked: Record<string, string[]>): void {
  container.replaceChildren();
  FACETS.forEach(([facet, label], i) => {
    const values = Object.keys(counts[facet] ?? {});
    if (values.length === 0) return;
    values.sort(facet === "year" ? (a, b) => byLabel(b, a) : byLabel);
    const set = el("fieldset", { className: "search-facet" }, el("legend", { text: label }));
    const list = el("div", { className: "search-facet-values" });
    values.forEach((value, j) => {
      const input = el("input");
      input.type = "checkbox";
      input.name = facet;
      input.value = value;
      input.id = `facet-${i}-${j}`;
      input.checked = checked[facet]?.includes(value) ?? false;
      const lab = el("label", {}, input, document.createTextNode(` ${valueLabel(facet, value)} `), el("span", { className: "search-facet-count", text: `${counts[facet]?.[value] ?? 0}` }));
      lab.htmlFor = input.id;
      lab.dataset.facet = facet;
      lab.dataset.value = value;
      list.append(lab);
    });
    set.append(list);
    container.append(set);
  });
}

/** After a search: how many results each value would leave. */
export function updateCounts(container: HTMLElement, counts: FilterCounts): void {
  for (const lab of Array.from(container.querySelectorAll<HTMLLabelElement>("label[data-facet]"))) {
    const n = counts[lab.dataset.facet ?? ""]?.[lab.dataset.value ?? ""] ?? 0;
    const span = lab.querySelector(".search-facet-count");
    if (span) span.textContent = `${n}`;
    lab.classList.toggle("search-facet-empty", n === 0);
  }
}
