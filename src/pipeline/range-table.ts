/**
 * A string-keyed table looked up by a range of a larger text, so a tokenizer can ask "have I seen
 * this word?" without slicing the word out first. Slicing every word to hash it again in a Map cost
 * about as much as reading it; here the caller hashes the word's characters while it reads them
 * anyway (with `hashStep`), and a hit allocates nothing.
 */

/** Folds one UTF-16 unit into a running hash (start from 0). */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/** The hash of `text[from, to)`, as `hashStep` builds it. */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Mixes the high bits into the low ones, which pick the slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 16);
}

export class RangeTable<V> {
  private hashes = new Int32Array(1024);
  private keys: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(1024).fill(undefined);
  private count = 0;
  private readonly limit: number;

  /** `limit` bounds the entries kept: past it, `set` keeps nothing (the caller recomputes). */
  constructor(limit: number) {
    this.limit = limit;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored under `text.slice(from, to)`, whose hash is `hash`. */
  get(text: string, from: number, to: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    const n = to - from;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] !== hash || key.length !== n) continue;
      let k = 0;
      while (k < n && key.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === n) return this.values[slot];
    }
  }

  /** Stores `value` under `key` (not already present), whose hash is `hash`. */
  set(key: string, hash: number, value: V): void {
    if (this.count >= this.limit) return;
    if ((this.count + 1) * 2 > this.hashes.length) this.grow();
    this.place(key, hash, value);
    this.count++;
  }

  private place(key: string, hash: number, value: V): void {
    const mask = this.hashes.length - 1;
    let slot = spread(hash) & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.hashes[slot] = hash;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    const size = hashes.length * 2;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    for (let s = 0; s < hashes.length; s++) {
      const key = keys[s];
      if (key !== undefined) this.place(key, hashes[s] as number, values[s] as V);
    }
  }
}
