import type { Entity } from "./entities.ts";
import { fold } from "./names.ts";

const CAPITALISED_WORD = /\p{Lu}[\p{L}’'-]*/gu;

/**
 * Whether a quotation names a person the way one speaks of someone else: by surname or first name
 * alone ("Zeno played like a veteran"). People seldom do so of themselves, so a quotation that names X is
 * not given to X on weak evidence (a neighbouring sentence, a continuation). Organisations do name
 * themselves ("At Norvale we…"), and a description has no name to look for.
 */
export function namesInThirdPerson(text: string, e: Pick<Entity, "name" | "keys" | "described" | "type">): boolean {
  if (e.described || e.type === "organisation") return false;
  const read = readOf(text);
  const first = fold(e.name.split(/\s+/)[0] ?? "");
  let named = false;
  for (const w of read.words) {
    if (e.keys.has(w) || (w === first && e.name.includes(" "))) {
      named = true;
      break;
    }
  }
  // "those who can decide that Hugo Broos leaves": a full name may be one's own, said for effect.
  // Asked only of a quotation that names them: the whole text need not be folded otherwise.
  return named && !(e.name.includes(" ") && foldedOf(read).includes(fold(e.name)));
}

/** A quotation's capitalised words, folded, and its folded text once asked for. */
interface Read {
  text: string;
  folded: string | null;
  words: string[];
}

function foldedOf(read: Read): string {
  read.folded ??= fold(read.text);
  return read.folded;
}

/** The quotation read last: a quotation is asked about several candidates in a row. */
let last: Read | null = null;

function readOf(text: string): Read {
  if (last !== null && last.text === text) return last;
  const words: string[] = [];
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    // Only a word with an apostrophe can end on one: the end-anchored pattern is not tried at every letter of the rest.
    const w = fold(m[0].includes("’") || m[0].includes("'") ? m[0].replace(/[’'](?:s)?$/u, "") : m[0]);
    if (w.length > 1) words.push(w);
  }
  last = { text, folded: null, words };
  return last;
}
