import { buildCtx, type Ctx } from "../../src/pipeline/context.ts";
import { findMentions, type Mention } from "../../src/pipeline/mentions.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { toBlocks } from "./blocks.ts";

/** Every mention findMentions reports in the first line of `text`, read as a paragraph. */
export function mentionsIn(text: string, language: "en" | "fr" = "en"): Mention[] {
  const [block] = toBlocks(text);
  if (block === undefined) return [];
  return findMentions(tokenizeBlock(block, [], language), block.text, block.start, language);
}

/** The mentions of `text` that `pick` keeps, and their texts: for a test of one kind of mention. */
export function mentionsWhere(pick: (m: Mention) => boolean) {
  const all = (text: string, language: "en" | "fr" = "en"): Mention[] => mentionsIn(text, language).filter(pick);
  const texts = (text: string, language: "en" | "fr" = "en"): string[] => all(text, language).map((m) => m.text);
  return { all, texts };
}

/** The context the attribution stages read for the first block of `text`, with no quotation marked. */
export function ctxIn(text: string, language: "en" | "fr" = "en"): Ctx {
  const [block] = toBlocks(text);
  if (block === undefined) throw new Error("no block");
  const tokens = tokenizeBlock(block, [], language);
  return buildCtx(tokens, findMentions(tokens, block.text, block.start, language), language, block.text, block.start);
}
