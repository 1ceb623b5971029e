import { findMentions, type Mention } from "../../src/pipeline/mentions.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { toBlocks } from "./blocks.ts";

/** Every mention findMentions reports in the first line of `text`, read as a paragraph. */
export function mentionsIn(text: string, language: "en" | "fr" = "en"): Mention[] {
  const [block] = toBlocks(text);
  if (block === undefined) return [];
  return findMentions(tokenizeBlock(block, [], language), block.text, block.start, language);
}
