import { describe, expect, it } from "vitest";
import { ledeSubjectAfter } from "../../src/pipeline/colon-lede.ts";
import { buildCtx } from "../../src/pipeline/context.ts";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { findSpans } from "../../src/pipeline/spans.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { toBlocks } from "../helpers/blocks.ts";

function ctxOf(text: string, language: "en" | "fr") {
  const blocks = toBlocks(text);
  const [block] = blocks;
  if (block === undefined) throw new Error("no block");
  const pieces = findSpans(blocks, language).flatMap((s, span) => (s.depth === 0 ? s.segments.map((g) => ({ span, start: g.start, end: g.end, whole: false })) : []));
  const tokens = tokenizeBlock(block, pieces, language);
  return buildCtx(tokens, findMentions(tokens, block.text, block.start, language), language, block.text, block.start);
}

describe("ledeSubjectAfter", () => {
  it("gives a paragraph-opening quotation to the subject of the sentence its colon hands it to", () => {
    expect(ledeSubjectAfter(ctxOf("«Treize avalanches dans la même journée, c'est du jamais vu»: les secours en montagne de Savoie ont lancé un appel.", "fr"), 1)?.text).toMatch(/^les secours/);
    expect(ledeSubjectAfter(ctxOf("« On attend des engins depuis deux jours » : le maire de Saint-André a écrit au ministre.", "fr"), 1)?.text).toBe("le maire de Saint-André");
    expect(ledeSubjectAfter(ctxOf('"We will not reopen the road until spring": the county council made its decision on Monday.', "en"), 1)?.text).toBe("the county council");
  });

  it("needs the quotation to open the paragraph, a colon, and a person, a role or a group as the subject", () => {
    expect(ledeSubjectAfter(ctxOf('The sign read "We will not reopen the road until spring": the county council made its decision.', "en"), 4)).toBeNull();
    expect(ledeSubjectAfter(ctxOf('"We will not reopen the road until spring", the county council said on Monday.', "en"), 1)).toBeNull();
    expect(ledeSubjectAfter(ctxOf("« Liberté, égalité, fraternité, cela ne veut plus rien dire » : une banderole accrochée à la grille.", "fr"), 1)).toBeNull();
    expect(ledeSubjectAfter(ctxOf('"Nobody told us anything before it happened": he says he learnt it from a sign.', "en"), 1)).toBeNull();
  });
});
