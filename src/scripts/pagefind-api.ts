/** The part of Pagefind's browser API (`pagefind.js`, 1.6) this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each filter value among the results. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, "asc" | "desc">;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: SearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (term: string | null, o?: SearchOptions, ms?: number) => Promise<PagefindSearch | null>;
  preload: (term: string, o?: SearchOptions) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

/**
 * Loads Pagefind from `<base>pagefind/`. Pagefind searches one language per index and picks the
 * page's; every other language the site has is merged in, so a French query on this English page
 * finds the French article. (Pagefind skips a merge of its own bundle path, hence the `./`, which
 * the browser's URL parser removes again before fetching.)
 */
export async function loadPagefind(base: string, tag: string | null, languages: readonly string[]): Promise<Pagefind> {
  const bundle = new URL(`${base}pagefind/`, location.href).href;
  const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  const shared = { excerptLength: 28, ...(tag ? { metaCacheTag: tag } : {}) };
  await pf.options(shared);
  const own = document.documentElement.lang || "en";
  for (const language of languages) {
    if (language !== own) await pf.mergeIndex(`${bundle}./`, { ...shared, language });
  }
  return pf;
}
