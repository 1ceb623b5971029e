import type { Mention } from "./mentions.ts";
import { isSpace } from "./chars.ts";
import { fold } from "./names.ts";

/** Fewest times a story names the person it follows. */
const MIN_MENTIONS = 2;

/**
 * The person a story follows: the one it names most often, by family name, when no one else is named
 * as often. "Gordon Igesund … Igesund … “…,” the national coach said": a title the text never gives
 * anyone is most often theirs, and a portrait may call its subject "la chanteuse" before naming her.
 * `names` are the article's name mentions that may be people (no organisation, no name qualifying a
 * noun), in reading order. Returns the fullest mention of that person, or null.
 */
export function protagonist(names: readonly Mention[]): Mention | null {
  const counts = new Map<string, number>();
  const fullest = new Map<string, Mention>();
  for (const m of names) {
    if (m.kind !== "name" || m.type === "organisation" || m.plural) continue;
    const key = familyKey(m.text);
    if (key === null) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const best = fullest.get(key);
    if (best === undefined || m.text.length > best.text.length) fullest.set(key, m);
  }
  let top: string | null = null;
  let topCount = 0;
  let runnerUp = 0;
  for (const [key, n] of counts) {
    if (n > topCount) {
      runnerUp = topCount;
      top = key;
      topCount = n;
    } else if (n > runnerUp) runnerUp = n;
  }
  if (top === null || topCount < MIN_MENTIONS || topCount === runnerUp) return null;
  return fullest.get(top) ?? null;
}

/**
 * The folded last word of a name: "Mehaul O’Leary" and "Mr. O’Leary" share "o'leary". Read from the
 * end, word by word, rather than split: it is asked of every name the story gives.
 */
export function familyKey(text: string): string | null {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  const last = text.slice(start, end);
  // "Bafana Bafana", "Bora Bora": a word said twice is a team's or a place's name, not a person's.
  if (onlyRepeats(text, start, last)) return null;
  return fold(last);
}

/** Whether `text[0, end)` holds a word and every word in it is `word`. */
function onlyRepeats(text: string, end: number, word: string): boolean {
  let any = false;
  for (let i = 0; i < end; ) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i === end) break;
    let j = i;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    if (j - i !== word.length || !text.startsWith(word, i)) return false;
    any = true;
    i = j;
  }
  return any;
}
