import { describe, expect, it } from "vitest";
import type { Block } from "../../src/schema/block.ts";
import { lowerHouseCaps } from "../../src/pipeline/house-caps.ts";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";

/** Blocks of an English article: a title, then paragraphs. */
function article(title: string, paragraphs: readonly string[]): Block[] {
  return [title, ...paragraphs].map((text, index) => ({ index, kind: index === 0 ? "title" : "paragraph", text, start: 0, end: text.length, line: index + 1 }));
}

/** The names found in the first paragraph after house capitals are read. */
function leadNames(title: string, paragraphs: readonly string[]): string[] {
  const blocks = article(title, paragraphs);
  const tokenized = blocks.map((b) => tokenizeBlock(b, [], "en"));
  lowerHouseCaps(blocks, tokenized);
  return findMentions(tokenized[1] ?? [], blocks[1]?.text ?? "", 0, "en").filter((m) => m.kind === "name").map((m) => m.text);
}

describe("house capitals", () => {
  it("a word in capitals opening the first paragraph, written in lowercase elsewhere, is that word", () => {
    const paragraphs = ["A FOOD bank in Christchurch says its shelves are empty.", "The food bank's manager said demand was relentless."];
    expect(leadNames("Shelves empty", paragraphs)).not.toContain("FOOD");
    // Never written in lowercase, it is read as the capitals it is.
    expect(leadNames("Shelves empty", [paragraphs[0] as string, "Its manager said demand was relentless."])).toContain("FOOD");
  });

  it("an acronym the article never writes in lowercase stays a body's name", () => {
    const paragraphs = ["NASA engineers said the launch would go ahead.", "The agency said the weather was fine."];
    expect(leadNames("Launch on", paragraphs)).toEqual(["NASA"]);
  });

  it("only the opening words of the first paragraph, and not a short acronym", () => {
    const later = ["Residents said the POLICE response was slow.", "The police said officers came within minutes."];
    expect(leadNames("Slow response", later)).toContain("POLICE");
    const short = ["WHO officials said the outbreak was contained.", "Doctors who treated patients agreed."];
    expect(leadNames("Outbreak", short)).toEqual(["WHO"]);
  });
});
