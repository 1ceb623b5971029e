import type { Block } from "../schema/block.ts";

/**
 * The article's text as its page shows it: the body blocks (not the title), one per line. Web
 * annotation selectors count positions in this text, and quotation context comes from it.
 */
export interface ArticleText {
  text: string;
  /** Position in `text` of a source offset that lies inside a body block; -1 elsewhere. */
  at: (sourceOffset: number) => number;
}

export function articleText(blocks: readonly Block[]): ArticleText {
  const body = blocks.filter((b) => b.kind !== "title");
  const starts: number[] = [];
  let pos = 0;
  for (const b of body) {
    starts.push(pos);
    pos += b.text.length + 1;
  }
  const text = body.map((b) => b.text).join("\n");
  return {
    text,
    at: (offset) => {
      // Binary search: articles can have tens of thousands of blocks.
      let lo = 0;
      let hi = body.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const b = body[mid] as Block;
        if (offset < b.start) hi = mid - 1;
        else if (offset > b.end) lo = mid + 1;
        else return (starts[mid] as number) + offset - b.start;
      }
      return -1;
    },
  };
}
