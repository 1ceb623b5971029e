/** What a search is, as kept in the page's URL so a search can be bookmarked, shared and reloaded. */
export interface SearchState {
  q: string;
  /** Checked values per filter; values of one filter are alternatives, filters combine. */
  filters: Record<string, string[]>;
  sort: "relevance" | "newest" | "oldest";
}

export const SORTS = ["relevance", "newest", "oldest"] as const;

export function readState(search: string, filterNames: readonly string[]): SearchState {
  const p = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = p.getAll(name).filter((v) => v !== "");
    if (values.length > 0) filters[name] = values;
  }
  const sort = p.get("sort");
  return { q: p.get("q") ?? "", filters, sort: sort === "newest" || sort === "oldest" ? sort : "relevance" };
}

export function writeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q !== "") p.set("q", s.q);
  for (const [name, values] of Object.entries(s.filters)) for (const v of values) p.append(name, v);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  const out = p.toString();
  return out === "" ? "" : `?${out}`;
}

export function hasFilters(s: SearchState): boolean {
  return Object.values(s.filters).some((v) => v.length > 0);
}
