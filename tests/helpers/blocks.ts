import type { Block } from "../../src/schema/block.ts";

/**
 * Blocks for stage tests: every non-blank line of `text` is one paragraph block, with exact
 * offsets. The real parser also finds titles, deks and boilerplate; stage tests do not need them.
 */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === "") continue;
    const start = m.index + lead;
    blocks.push({
      index: blocks.length,
      kind: "paragraph",
      text: body,
      start,
      end: start + body.length,
      line: text.slice(0, start).split("\n").length,
    });
  }
  return blocks;
}
