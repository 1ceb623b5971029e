import { loadPagefind, type Pagefind, type PagefindResult, type SearchOptions } from "./pagefind-api.ts";
import { FACETS, renderFacets, renderResult, updateCounts } from "./search-render.ts";
import { hasFilters, readState, writeState, type SearchState } from "./search-state.ts";

/**
 * The /search/ page on Pagefind's JS API: the query and the filters live in the URL, results come
 * in pages of PAGE_SIZE, and everything is reachable by keyboard (Tab, plus ↓/↑ through results).
 */
const PAGE_SIZE = 20;
const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const e = root.querySelector<T>(selector);
  if (!e) throw new Error(`search page: ${selector} is missing`);
  return e;
}

async function main(root: HTMLElement): Promise<void> {
  const form = required<HTMLFormElement>(root, "form");
  const input = required<HTMLInputElement>(root, "input[type=search]");
  const sort = required<HTMLSelectElement>(root, "select[name=sort]");
  const facets = required<HTMLElement>(root, ".search-facets");
  const status = required<HTMLElement>(root, ".search-status");
  const list = required<HTMLOListElement>(root, ".search-results");
  const more = required<HTMLButtonElement>(root, ".search-more");
  const filtersBox = required<HTMLDetailsElement>(root, ".search-filters");
  const tag = root.dataset.indexTag?.startsWith("__") ? null : (root.dataset.indexTag ?? null);
  const languages = (root.dataset.languages ?? "en").split(" ");

  form.hidden = false;
  filtersBox.open = window.matchMedia("(min-width: 50rem)").matches;
  status.textContent = "Loading the search index…";
  let pf: Pagefind;
  try {
    pf = await loadPagefind(BASE, tag, languages);
  } catch {
    status.textContent = "Search could not load. It needs the site to be served over http(s), and it works offline after one visit.";
    return;
  }
  const names = FACETS.map(([f]) => f);
  let state: SearchState = readState(location.search, names);
  input.value = state.q;
  sort.value = state.sort;
  renderFacets(facets, await pf.filters(), state.filters);
  status.textContent = "";

  let results: PagefindResult[] = [];
  let shown = 0;
  // Each search takes a ticket; a search that ends after a later one started shows nothing.
  let runs = 0;

  /** The next page of results; a new search replaces the list only once its results are ready, so it never flashes empty. */
  const showMore = async (fresh = false) => {
    const batch = results.slice(fresh ? 0 : shown, (fresh ? 0 : shown) + PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map((d) => renderResult(d, BASE));
    if (fresh) {
      list.replaceChildren(...items);
      shown = items.length;
    } else {
      list.append(...items);
      shown += items.length;
    }
    more.hidden = shown >= results.length;
  };

  const options = (): SearchOptions => {
    const filters: NonNullable<SearchOptions["filters"]> = {};
    for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) filters[name] = { any: values };
    return { filters, ...(state.sort === "relevance" ? {} : { sort: { date: state.sort === "newest" ? "desc" : "asc" } }) };
  };

  const run = async (debounce: boolean) => {
    const ticket = ++runs;
    history.replaceState(null, "", `${location.pathname}${writeState(state)}`);
    const term = state.q.trim();
    if (term === "" && !hasFilters(state)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Type a name, words of a quotation or a topic, or choose a filter.";
      updateCounts(facets, await pf.filters());
      return;
    }
    // An empty query with filters lists everything the filters allow, like a catalogue.
    const found = debounce ? await pf.debouncedSearch(term === "" ? null : term, options(), 200) : await pf.search(term === "" ? null : term, options());
    if (!found || ticket !== runs) return; // superseded by a later keystroke or filter
    results = found.results;
    await showMore(true);
    updateCounts(facets, found.filters);
    const what = term === "" ? "for these filters" : `for “${term}”`;
    status.textContent = results.length === 0 ? `No results ${what}.` : `${results.length} result${results.length === 1 ? "" : "s"} ${what}.`;
  };

  input.addEventListener("input", () => {
    state = { ...state, q: input.value };
    void run(true);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    state = { ...state, q: input.value };
    void run(false);
  });
  sort.addEventListener("change", () => {
    state = { ...state, sort: sort.value === "newest" || sort.value === "oldest" ? sort.value : "relevance" };
    void run(false);
  });
  facets.addEventListener("change", () => {
    const checked: Record<string, string[]> = {};
    for (const box of Array.from(facets.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked"))) (checked[box.name] ??= []).push(box.value);
    state = { ...state, filters: checked };
    void run(false);
  });
  more.addEventListener("click", () => {
    const first = shown;
    void showMore().then(() => list.querySelectorAll<HTMLAnchorElement>(".search-result-link")[first]?.focus());
  });

  // ↓ from the box goes to the first result; ↓/↑ move between results; Escape returns to the box.
  root.addEventListener("keydown", (e) => {
    const links = Array.from(list.querySelectorAll<HTMLAnchorElement>(".search-result-link"));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === "ArrowDown" && (document.activeElement === input || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
      e.preventDefault();
    } else if (e.key === "ArrowUp" && at >= 0) {
      (at === 0 ? input : links[at - 1])?.focus();
      e.preventDefault();
    } else if (e.key === "Escape" && at >= 0) {
      input.focus();
    }
  });

  await run(false);
  if (state.q === "") input.focus();
}

const root = document.querySelector<HTMLElement>("#search");
if (root) void main(root);
