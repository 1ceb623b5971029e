import { describe, expect, it } from "vitest";
import { buildCtx } from "../../src/pipeline/context.ts";
import { electedMember } from "../../src/pipeline/elected-member.ts";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";

/** Whether the word `noun` of `text` names an elected member, the whole sentence taken as the role phrase. */
function elected(text: string, noun: string): boolean {
  const block = { index: 0, kind: "paragraph" as const, text, start: 0, end: text.length, line: 1 };
  const tokens = tokenizeBlock(block, [], "en");
  const ctx = buildCtx(tokens, findMentions(tokens, text, 0, "en"), "en", text, 0);
  return electedMember(ctx, tokens.findIndex((t) => t.lower === noun), 0, tokens.length - 1);
}

describe("electedMember", () => {
  it.each([
    ["The Lib Dem representative for Cranleigh and Ewhurst", true],
    ["the Labour representative for Leeds North", true],
    ["a Thames Water representative for Surrey", false],
    ["a representative for Southern Water", false],
    ["the Labour representative", false],
  ])("'%s' → %s", (text, expected) => {
    expect(elected(text, "representative")).toBe(expected);
  });
});
