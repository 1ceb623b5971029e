/** Up to this many patterns, one `indexOf` each beats building the search. */
const FEW = 4;
/** The window hashed is the shortest pattern's length, up to this many characters. */
const MAX_WINDOW = 32;
const BASE = 0x01000193;

/**
 * Where each pattern first occurs in `text`, as `text.indexOf(pattern)` would say (-1 when it does
 * not), found in one pass over the text for all patterns together (Rabin–Karp over a window as
 * long as the shortest pattern): searching a long text once per pattern costs patterns × text.
 */
export function firstPositions(text: string, patterns: readonly string[]): number[] {
  const distinct = [...new Set(patterns)].filter((p) => p !== "");
  if (distinct.length <= FEW) return patterns.map((p) => text.indexOf(p));
  const window = distinct.reduce((w, p) => Math.min(w, p.length), MAX_WINDOW);
  // Patterns by the hash of their first `window` characters, with a bitmap of hashes present so
  // most positions cost no map lookup.
  const byHash = new Map<number, string[]>();
  const present = new Uint8Array(1 << 16);
  for (const p of distinct) {
    const h = hash(p, 0, window);
    const same = byHash.get(h);
    if (same) same.push(p);
    else byHash.set(h, [p]);
    present[h >>> 16] = 1;
  }
  const found = new Map<string, number>();
  let top = 1; // BASE ** (window - 1), to take the leaving character out of the hash
  for (let i = 1; i < window; i++) top = Math.imul(top, BASE);
  let h = hash(text, 0, window);
  for (let i = 0; i + window <= text.length && found.size < distinct.length; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), top), BASE) + text.charCodeAt(i + window - 1)) | 0;
    if (present[h >>> 16] === 0) continue;
    for (const p of byHash.get(h) ?? []) {
      if (!found.has(p) && text.startsWith(p, i)) found.set(p, i);
    }
  }
  return patterns.map((p) => (p === "" ? 0 : (found.get(p) ?? -1)));
}

/** Polynomial hash of `text[from, from + length)`, modulo 2³². */
function hash(text: string, from: number, length: number): number {
  let h = 0;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}
