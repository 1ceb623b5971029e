import { describe, expect, it } from "vitest";
import { glossary } from "../../src/data/glossary.ts";
import { GlossaryTerm } from "../../src/schema/glossary.ts";
import { glossaryMentions } from "../../src/timeline/glossary-mentions.ts";

const terms = (text: string, language: "en" | "fr" = "en") => glossaryMentions(text, language).map((m) => [text.slice(m.start, m.end), m.term]);

describe("glossaryMentions", () => {
  it("glossaryMentions finds Ofcom and the Online Safety Act with exact offsets", () => {
    expect(terms("Under Ofcom's regulations that pre-date the Online Safety Act, UK-based platforms")).toEqual([
      ["Ofcom", "term-ofcom"],
      ["Online Safety Act", "term-online-safety-act"],
    ]);
  });

  it("glossaryMentions gives only the first mention of each term in the text", () => {
    expect(terms("Ofcom wrote. Then Ofcom wrote again.")).toEqual([["Ofcom", "term-ofcom"]]);
  });

  it("glossaryMentions matches whole words only and as written: no 'UN' in 'UNESCO' or 'fun', no lower-case 'free press'", () => {
    expect(terms("UNESCO is fun; the freedom of the free press")).toEqual([]);
    expect(terms("the UN chief")).toEqual([["UN", "term-united-nations"]]);
  });

  it("glossaryMentions prefers the longest name: the Office of the High Commissioner for Human Rights", () => {
    expect(terms("a press release from the Office of the High Commissioner for Human Rights, this letter")).toEqual([
      ["Office of the High Commissioner for Human Rights", "term-ohchr"],
    ]);
  });

  it("glossaryMentions finds French names after an elided article (l’Anti-Defamation League, de la NAACP)", () => {
    expect(terms("Les dirigeants de l’Anti-Defamation League, de la NAACP, de Color of Change", "fr")).toEqual([
      ["Anti-Defamation League", "term-anti-defamation-league"],
      ["NAACP", "term-naacp"],
      ["Color of Change", "term-color-of-change"],
    ]);
  });

  it("glossaryMentions is linear: a megabyte of text takes well under a second", () => {
    const text = "the Chamber of Progress and Amnesty ".repeat(30_000);
    const t0 = performance.now();
    glossaryMentions(text, "en");
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("every glossary term parses, has a unique id, and names the seeds use", () => {
    expect(GlossaryTerm.array().parse(glossary)).toHaveLength(glossary.length);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    for (const want of ["term-ofcom", "term-online-safety-act", "term-christchurch-call", "term-ohchr", "term-chamber-of-progress", "term-naacp", "term-anti-defamation-league"]) {
      expect(glossary.some((t) => t.id === want), want).toBe(true);
    }
  });
});
