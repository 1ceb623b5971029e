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
  // "those who can decide that Hugo Broos leaves": a full name may be one's own, said for effect.
  if (e.name.includes(" ") && fold(text).includes(fold(e.name))) return false;
  const first = fold(e.name.split(/\s+/)[0] ?? "");
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const w = fold(m[0].replace(/[’'](?:s)?$/u, ""));
    if (w.length > 1 && (e.keys.has(w) || (w === first && e.name.includes(" ")))) return true;
  }
  return false;
}
