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

/** An article a stated role may open with: "Le président de l’association". */
const ROLE_ARTICLE = /^(?:the|le|la|les|l[’'])\s*/u;
/** Articles before a role spoken of as someone else's: "le président…", "au président…", "the chair of…". */
const ARTICLES_BEFORE = ["le ", "la ", "l’", "l'", "l’ ", "du ", "au ", "the "];
/** How many words a stated role holds to be told apart from a common noun in a quotation ("le maire" is anyone's). */
const ROLE_WORDS = 3;

/**
 * Whether a quotation speaks of a person by the role the text gave them, after an article: "« … Le président
 * de l’association m’en a informé », continue-t-il" is not the president's ("en tant que président de
 * l’association, je…" may be). Only a role of several words: one noun ("le maire") may be said of another holder.
 */
export function roleInThirdPerson(text: string, e: Pick<Entity, "textRole" | "described">): boolean {
  if (e.described || e.textRole === null) return false;
  const role = fold(e.textRole).replace(ROLE_ARTICLE, "");
  if (role.split(/\s+/u).length < ROLE_WORDS) return false;
  const folded = foldedOf(readOf(text));
  if (!folded.includes(role)) return false;
  return ARTICLES_BEFORE.some((a) => folded.includes(a + role));
}
