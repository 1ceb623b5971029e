import { describe, expect, it } from "vitest";
import { nameCalendarWords } from "../../src/pipeline/calendar-names.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { NAME_WORD } from "../../src/pipeline/words.ts";

/** Whether the `nth` (0-based) occurrence of `word` in `text` is read as a name word. */
function named(text: string, word: string, nth = 0): boolean {
  const block = { index: 0, kind: "paragraph" as const, text, start: 0, end: text.length, line: 1 };
  // tokenizeBlock already applies the rule; applying it again must change nothing.
  const tokens = nameCalendarWords(tokenizeBlock(block, [], "en"));
  const t = tokens.filter((x) => x.text === word)[nth];
  if (t === undefined) throw new Error(`no ${word} #${nth} in ${text}`);
  return (t.flags & NAME_WORD) !== 0;
}

describe("nameCalendarWords", () => {
  it.each([
    ["'We know so many people,' Jan told the outlet.", "Jan", true],
    ["Owners Jan and Don Wilke bought the bakery in 1976.", "Jan", true],
    ["April Jones said the road was closed.", "April", true],
    ["'It is over,' said June.", "June", true],
    ["The bakery closed on Jan 5.", "Jan", false],
    ["It will close in June.", "June", false],
    ["Since April, sales have fallen.", "April", false],
    ["June was the wettest month on record.", "June", false],
    ["Figures for April, 2024 were published.", "April", false],
    ["The mayor said Tuesday that the bridge would reopen.", "Tuesday", false],
    ["“It was fine,” said Tuesday's first voter.", "Tuesday", false],
    ["Prime Minister Theresa May spoke on Friday.", "May", false],
    ["The company said May was its worst month since 2020.", "May", false],
    ["It reported June trading was only slightly better.", "June", false],
    ["April and May are usually the busiest months.", "April", false],
    ["Between April and June sales doubled.", "April", false],
    ["Thousands joined a May Day rally.", "May", false],
    ["The firm said Jan. 5 was the deadline.", "Jan", false],
  ])("%s → %s a name: %s", (text, word, expected) => {
    expect(named(text, word)).toBe(expected);
  });

  it("leaves months that are no first names alone", () => {
    expect(named("March said nothing.", "March")).toBe(false);
  });
});
