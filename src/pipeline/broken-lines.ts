import { joinLines, nextLine, type Line } from "./lines.ts";

/**
 * How a line cut inside a sentence ends: on a comma, or on a word no sentence or heading ends on
 * (an article, a preposition, a conjunction, an auxiliary): "…face in", "notamment dans".
 */
const CUT = /(?:,|(?:^|[\s"“«(])(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|that|as|is|are|was|were|has|have|had|will|would|le|la|les|l[’']|un|une|des|du|de|d[’']|au|aux|à|en|dans|par|pour|sur|avec|et|ou|mais|que|qu[’']|qui|est|sont|a|ont))$/u;
/** A line that goes on a sentence: its first word all lowercase letters ("economy is slow", "ajoute le pompier"), not "iPhone" or a list's "- ". */
const GOES_ON = /^\p{Ll}+(?:[’']\p{Ll}+)?(?=[\s,;]|$)/u;

/** Whether `text` ends inside a quotation: an odd count of straight double marks, or more opening curly marks or guillemets than closing ones. */
function quoteOpen(text: string): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  for (const c of text) {
    if (c === '"') straight++;
    else if (c === "“") curly++;
    else if (c === "”") curly--;
    else if (c === "«") guillemets++;
    else if (c === "»") guillemets--;
  }
  return straight % 2 === 1 || curly > 0 || guillemets > 0;
}

/** A line that is one double mark and nothing else. */
const LONE_MARK = /^["“”«»]$/u;
/** A line that ends on an opening mark, alone or after a space: `un "partenariat"... "`. */
const OPENS_AT_END = /(?:^|\s)["“«]$/u;

/**
 * Whether `line` goes on the sentence `previous` (the last line of `open`) cut: in lowercase after a comma, a
 * word no sentence ends on, or inside a quotation. Not a capital ("By\nSharon Goldman" is a byline, a
 * headline's unclosed « a dek after it), unless the line before ends on the mark that opens the quotation:
 * `… propose un "partenariat"... "\nVNF m'a dit que…" s'indigne Emmanuel Rat`, a copy's break inside the mark's
 * line.
 */
function goesOn(open: Line, previous: Line, line: Line): boolean {
  // A mark alone on its line closes the quotation left open above it: `…"and we will win.⏎"`.
  if (LONE_MARK.test(line.text)) return quoteOpen(open.text);
  if (OPENS_AT_END.test(previous.text) && quoteOpen(open.text) && /^\p{L}/u.test(line.text)) return true;
  return GOES_ON.test(line.text) && (CUT.test(previous.text) || quoteOpen(open.text));
}

/**
 * Lines of a text typed one paragraph per line, save where a copy broke a sentence by hand:
 * `"The\neconomy is slow…," said owner Michael Russo`. Such a line is joined with the one before when
 * that one ends inside a sentence (on a comma or a word no sentence ends on, or inside a quotation) and
 * this one goes on in lowercase: a paragraph never opens on a lowercase word. Bylines and stamps
 * ("Posted at 5:23 PM\nand last updated", "Copié\navec AFP") end on no such word. Lines a blank line parts are never joined (a
 * paragraph break is written so), nor a line `standalone` says is one (a boilerplate rule's: "publié
 * le 8 novembre"). A joined line spans its lines' text, line breaks included, so offsets still point
 * into the source.
 */
export function joinBrokenLines(source: string, lines: readonly Line[], standalone: (text: string) => boolean): Line[] {
  return joinLines(source, lines, (open, previous, l) => nextLine(source, previous, l) && goesOn(open, previous, l) && !standalone(previous.text) && !standalone(l.text));
}
