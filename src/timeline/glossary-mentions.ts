import { glossary as defaultGlossary } from "../data/glossary.ts";
import type { GlossaryTerm } from "../schema/glossary.ts";
import type { Language } from "../schema/quote.ts";

/** A glossary term named in a text: UTF-16 offsets within that text and the term's id (`term-…`). */
export interface GlossaryMention {
  start: number;
  end: number;
  term: string;
}

interface Node {
  next: Map<string, Node>;
  term: string | null;
}

// Apostrophes vary between articles ("l’homme", "l'homme"); everything else is matched as written.
const norm = (c: string) => (c === "’" ? "'" : c);
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function trieOf(terms: readonly GlossaryTerm[], language: Language): Node {
  const root: Node = { next: new Map(), term: null };
  for (const t of terms) {
    for (const name of t.names[language]) {
      let node = root;
      for (const c of name) {
        const k = norm(c);
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map(), term: null }));
        node = child;
      }
      node.term ??= t.id;
    }
  }
  return root;
}

const tries = new Map<string, Node>();

/**
 * The first mention of each glossary term in `text` (one paragraph), whole words only, longest name
 * first ("Office of the High Commissioner for Human Rights" rather than a shorter name inside it).
 * One pass over the text with a trie of the names: linear in the text's length for a given glossary.
 */
export function glossaryMentions(text: string, language: Language, terms: readonly GlossaryTerm[] = defaultGlossary): GlossaryMention[] {
  let root = terms === defaultGlossary ? tries.get(language) : undefined;
  if (root === undefined) {
    root = trieOf(terms, language);
    // The site's own glossary is asked about every paragraph: build its trie once per language.
    if (terms === defaultGlossary) tries.set(language, root);
  }
  const seen = new Set<string>();
  const out: GlossaryMention[] = [];
  let i = 0;
  while (i < text.length) {
    if (isWord(text[i - 1]) || !isWord(text[i])) {
      i++;
      continue;
    }
    let node: Node | undefined = root;
    let best: { end: number; term: string } | null = null;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(norm(text[j] as string));
      if (node?.term && !isWord(text[j + 1])) best = { end: j + 1, term: node.term };
    }
    if (best === null) {
      i++;
      continue;
    }
    if (!seen.has(best.term)) {
      seen.add(best.term);
      out.push({ start: i, end: best.end, term: best.term });
    }
    i = best.end;
  }
  return out;
}
