import { describe, expect, it } from "vitest";
import { findSpans, outerSpanLanguage, previousInSentence } from "../../src/pipeline/spans.ts";
import { Span } from "../../src/schema/quote.ts";
import { toBlocks } from "../helpers/blocks.ts";

function spans(text: string, language: "en" | "fr" = "en") {
  const found = findSpans(toBlocks(text), language);
  for (const s of found) {
    Span.parse(s);
    expect(s.segments.map((g) => text.slice(g.start, g.end)).join("\n")).toBe(s.text);
  }
  return found;
}
const texts = (text: string, language: "en" | "fr" = "en") => spans(text, language).map((s) => s.text);

describe("findSpans", () => {
  it("findSpans: a paragraph whose words a closing mark and a cue end, with no opening mark, is a quotation from its start", () => {
    const text = "« On ne lâchera rien », a-t-elle déclaré.\n\nLa décision des Britanniques est inacceptable et ne répond pas à nos demandes », a-t-elle insisté.";
    expect(texts(text, "fr")).toEqual(["On ne lâchera rien", "La décision des Britanniques est inacceptable et ne répond pas à nos demandes"]);
    // Not a stray mark after a few words, nor one no cue follows.
    expect(texts("Il pleut », dit-il.", "fr")).toEqual([]);
    expect(texts("La décision des Britanniques est inacceptable et ne répond pas à nos demandes ». Elle est partie.", "fr")).toEqual([]);
  });

  it('findSpans: straight "…" and curly “…” give the words without marks, with exact offsets', () => {
    const text = 'He said "we will win" and “we will stay”.';
    const [a, b] = spans(text);
    expect(a?.text).toBe("we will win");
    expect(a?.segments[0]?.start).toBe(text.indexOf("we will win"));
    expect(b?.text).toBe("we will stay");
    expect(b?.closed).toBe(true);
  });

  it("findSpans: a double mark closed by a single one after punctuation ends there, not at the paragraph's end", () => {
    const [a] = spans("\"We know the wait is long. We have heard tragedies resulting from this,' says Bell. The hospital did not reply.");
    expect(a?.text).toBe("We know the wait is long. We have heard tragedies resulting from this,");
    expect(a?.closed).toBe(true);
    // A single mark the quotation opened itself closes that one only.
    expect(texts("\"They told me 'no,' and I left. Then I came back.")).toEqual(["They told me 'no,' and I left. Then I came back.", "no,"]);
  });

  it("findSpans: a quotation left open at a paragraph's end runs on into the next one that closes it without reopening", () => {
    const [a] = spans('Sales grew. "We feel the market will improve.\nThat will help us," said Arvind Saxena.\nM&M saw "slow" growth.');
    expect(a?.text).toBe("We feel the market will improve.\nThat will help us,");
    expect(a?.segments).toHaveLength(2);
    expect(a?.closed).toBe(true);
    // A paragraph that opens a quotation of its own is not the run-on.
    expect(texts('He said: "We feel fine.\nThe firm said "no comment."')).toEqual(["We feel fine.", "no comment."]);
  });

  it('findSpans: a straight mark glued after a comma and before a reporting verb ("…damaged,"said X) closes the quotation', () => {
    expect(texts('"Their grave sites were damaged,"said Lois Barton.\n\n"Somebody had a lot of nerve," said Wade Connor.')).toEqual([
      "Their grave sites were damaged,",
      "Somebody had a lot of nerve,",
    ]);
    // Before a capital, or before lowercase words that are no cue, the same kind of mark opens words nested inside.
    expect(spans('"Our banner said,"Never again," and we meant it," she said.').map((s) => s.depth)).toEqual([0, 1]);
    expect(texts('"He looked at me and said,"open the till," and I froze," said Ann Leigh.')).toEqual([
      'He looked at me and said,"open the till," and I froze,',
      "open the till,",
    ]);
    expect(texts('"It was the worst night of my life,"he said.')).toEqual(["It was the worst night of my life,"]);
  });

  it('findSpans: a straight mark glued to the next sentence after a full stop ("…ça."Au parc) closes the quotation', () => {
    expect(texts('Il a dit : "Ce n\'est pas plus compliqué que ça."Au parc, on veut "relever la présence du loup".', "fr")).toEqual([
      "Ce n'est pas plus compliqué que ça.",
      "relever la présence du loup",
    ]);
  });

  it("findSpans: a single-marked quotation that each next paragraph reopens runs on until one closes it", () => {
    const [a] = spans("Commuter Dawn Kay said: 'Nobody told us anything.\n'There was no water.'\nThe port apologised.");
    expect(a?.text).toBe("Nobody told us anything.\nThere was no water.");
    expect(a?.segments).toHaveLength(2);
    expect(a?.closed).toBe(true);
    // Left open in the last paragraph that reopens it, it ends with that paragraph.
    const [b] = spans("He wrote: 'Twelve hours in the cab.\n'My boss will write it off");
    expect(b?.text).toBe("Twelve hours in the cab.\nMy boss will write it off");
    expect(b?.closed).toBe(false);
    // Reopened before a lowercase word (a typo's "l" for "I") it runs on all the same.
    expect(texts("He said: 'I'm so sorry the pub is shut.\n'l love all you people.'")).toEqual(["I'm so sorry the pub is shut.\nl love all you people."]);
    // A single mark no next paragraph reopens is no quotation; neither is one after a word.
    expect(texts("He said: 'Nobody told us anything at all.\nThe port apologised.")).toEqual([]);
    expect(texts("They left the 'burbs for good last year.\n'Tis the season for moving house.")).toEqual([]);
  });

  it("findSpans: « » with narrow no-break spaces trims them", () => {
    expect(texts("Elle a dit «\u202fNous partons\u202f» hier.", "fr")).toEqual(["Nous partons"]);
    expect(texts("Il a dit «\u00a0Non merci\u00a0».", "fr")).toEqual(["Non merci"]);
    expect(texts("Il a dit «Oui».", "fr")).toEqual(["Oui"]);
  });

  it("findSpans: a guillemet typed twice that one closing ends opens one quotation; two closings nest", () => {
    expect(texts("Elle s’inquiète « «de la hausse des taxes ». Il répond : « C’est une tribune. »", "fr")).toEqual(["de la hausse des taxes", "C’est une tribune."]);
    expect(texts("« « Touche pas à mon village », c’était notre slogan », dit-elle.", "fr")).toEqual(["« Touche pas à mon village », c’était notre slogan", "Touche pas à mon village"]);
  });

  it("findSpans: German „…“ closes on “", () => {
    expect(texts("Er sagte „Wir schaffen das“ gestern.")).toEqual(["Wir schaffen das"]);
  });

  it("findSpans: single quotes are marks, apostrophes are not", () => {
    expect(texts("Your comments that 'civil war is inevitable' run close.")).toEqual(["civil war is inevitable"]);
    expect(texts("Twitter’s users’ data and l’entreprise don't matter here.")).toEqual([]);
    expect(texts("He called it ‘a disgrace’ on Twitter’s own site.")).toEqual(["a disgrace"]);
  });

  it("findSpans: mismatched pairs « … ”, \" … ”, “ … \" still close", () => {
    expect(texts("à « arrêter toute publicité.” Fin.", "fr")).toEqual(["arrêter toute publicité."]);
    expect(texts('"We reject it” said Noor. “It is over" said Ivan.')).toEqual(["We reject it", "It is over"]);
  });

  it("findSpans: a stray closing mark is ignored", () => {
    const found = spans("The report, published ” yesterday, said nothing. “Fine,” said Leo.");
    expect(found.map((s) => s.text)).toEqual(["Fine,"]);
  });

  it("findSpans: an unclosed quotation ends at its paragraph's end", () => {
    const found = spans('He said "this never closes\n\nThe next paragraph is plain text.');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe("this never closes");
    expect(found[0]?.closed).toBe(false);
  });

  it("findSpans: a paragraph left open and a next one opening with a mark make one multi-paragraph quotation", () => {
    const found = spans('"The first part runs here.\n\n"And the second part ends it," she said.');
    expect(found).toHaveLength(1);
    expect(found[0]?.segments).toHaveLength(2);
    expect(found[0]?.text).toBe("The first part runs here.\nAnd the second part ends it,");
    expect(found[0]?.closed).toBe(true);
  });

  it("findSpans: single marks inside double marks are nested at depth 1", () => {
    const found = spans(`"He told me 'we are finished' and left," she said.`);
    expect(found.map((s) => [s.text, s.depth])).toEqual([
      ["He told me 'we are finished' and left,", 0],
      ["we are finished", 1],
    ]);
  });

  it("findSpans: a second “ after sentence-final punctuation starts a sibling; the first stays unclosed", () => {
    const found = spans("It would “put an end to it, which is a huge problem. “I think we need rules.” ABC interview.");
    expect(found.map((s) => [s.text, s.closed, s.depth])).toEqual([
      ["put an end to it, which is a huge problem.", false, 0],
      ["I think we need rules.", true, 0],
    ]);
  });

  it("findSpans: an embedded tweet is recognised by its signature, without marks", () => {
    const text = "Dear @ElonMusk, we both care about free speech. https://t.co/xyz — Volker Türk (@volker_turk) November 5, 2022";
    const [s] = spans(text);
    expect(s?.text).toBe("Dear @ElonMusk, we both care about free speech. https://t.co/xyz");
    expect(s?.embed).toEqual({ author: "Volker Türk", handle: "@volker_turk", date: "2022-11-05" });
  });

  it("findSpans: French tweet signatures give an ISO date", () => {
    const [s] = spans("Merci à tous. https://t.co/x — Camille Roy (@camilleroy) 5 décembre 2022", "fr");
    expect(s?.embed?.date).toBe("2022-12-05");
  });

  it("findSpans: output is sorted by position and deterministic", () => {
    const text = '"a b c" then "d e f"\n\n“g h” and ‘i j’';
    expect(findSpans(toBlocks(text), "en")).toEqual(findSpans(toBlocks(text), "en"));
    expect(texts(text)).toEqual(["a b c", "d e f", "g h", "i j"]);
  });

  it("findSpans: linear on large inputs with thousands of unbalanced marks", () => {
    const unit = 'word “open “again ” stray " straight \'single ‘ nested « guillemet ';
    const big = unit.repeat(Math.ceil(4_000_000 / unit.length));
    const lines = `${big}\n\n${"plain text. ".repeat(100_000)}\n\n“${"x".repeat(1_000_000)}`;
    const t0 = performance.now();
    const found = findSpans(toBlocks(lines), "en");
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5000);
    const total = found.reduce((n, s) => n + s.text.length, 0);
    expect(total).toBeLessThan(lines.length * 5);
  });

  it("findSpans: doubled single marks ‘’ … ’’ and '' … '' stand for one double mark", () => {
    expect(texts("‘’We are ready to serve the country,’’ Okafor said.")).toEqual(["We are ready to serve the country,"]);
    // “ closed by ’’: the quotation stops there, the cue after it stays outside
    expect(texts("“The ministry is key to the plan,’’ Okafor said.")).toEqual(["The ministry is key to the plan,"]);
    expect(texts("He said ''we will not be moved'' on Monday.")).toEqual(["we will not be moved"]);
    expect(texts("He wrote ``we will not be moved'' in the memo.")).toEqual(["we will not be moved"]);
  });

  it("findSpans: each paragraph opening with ‘’ continues a multi-paragraph quotation", () => {
    const found = spans("‘’I first heard about it long ago.\n\n‘’The agency is a delicate place.\n\n“We need results,’’ Okafor said.");
    expect(found).toHaveLength(1);
    expect(found[0]?.segments).toHaveLength(3);
    expect(found[0]?.text.endsWith("We need results,")).toBe(true);
  });

  it("findSpans: apostrophes and single quotes are not doubled marks", () => {
    expect(texts("“Don’t touch l’Etat’s money,” he said.")).toEqual(["Don’t touch l’Etat’s money,"]);
    expect(texts("He said “the ‘new’ plan works” today.")).toEqual(["the ‘new’ plan works", "new"]);
    expect(texts("The students’ union said nothing.")).toEqual([]);
  });

  it("previousInSentence: a quotation a few words after another in its sentence, not across a full stop or comma", () => {
    const found = spans("Un texte déposé “dès mars” et adopté “dans les plus brefs délais”. Le “consensus” demeure, “au fond”.", "fr");
    const [a, b, c, d] = found;
    expect(previousInSentence(b as never)).toBe(a);
    expect(previousInSentence(a as never)).toBeUndefined();
    expect(previousInSentence(c as never)).toBeUndefined();
    expect(previousInSentence(d as never)).toBeUndefined();
    expect(outerSpanLanguage(a as never)).toBe("fr");
  });
});
