import { describe, expect, it } from "vitest";
import { endMarkLength, kickerLength, matchLineRule, relatedStoryRuns, trailingCreditLength } from "../../src/pipeline/boilerplate.ts";
import { splitLines } from "../../src/pipeline/lines.ts";

describe("matchLineRule", () => {
  it.each([
    ["Getty Images", "boilerplate:photo-credit"],
    ["Jane Doe | Reuters", "boilerplate:photo-credit"],
    ["Photo: AFP", "boilerplate:photo-credit"],
    ["© France 3 Nouvelle Aquitaine", "boilerplate:copyright"],
    ["Follow us on:\u00a0Facebook, Twitter", "boilerplate:social-prompt"],
    ["Suivez-nous sur Instagram", "boilerplate:social-prompt"],
    ["Join our official telegram channel (@paper) and stay updated", "boilerplate:newsletter-prompt"],
    ["Leave a Reply", "boilerplate:comment-form"],
    ["Your email address will not be published. Required fields are marked *", "boilerplate:comment-form"],
    ["REGARDEZ: Le Twitter de Musk voit une augmentation", "boilerplate:teaser"],
    ["WATCH: How the vote unfolded", "boilerplate:teaser"],
    ["Read: ‘Going to review a past practice’ -- Board of Education holds unscheduled meeting", "boilerplate:teaser"],
    ["Lire : Le festival de Marciac bat son record d’affluence", "boilerplate:teaser"],
    ["Bournemouth Echo: St Ives post office closed its doors on Friday August 5St Ives post office closed its doors on Friday August 5", "boilerplate:doubled-caption"],
    ["Oxford Mail: The new bridge at Botley The new bridge at Botley", "boilerplate:doubled-caption"],
    ["Most Read", "boilerplate:widget"],
    ["Les plus lus", "boilerplate:widget"],
    ["Trending now:", "boilerplate:widget"],
    ["Advertisement", "boilerplate:advertisement"],
    ["Hide Ad", "boilerplate:advertisement"],
    ["Le président lors de l'assemblée générale, le 31 mai 2012 à Francfort (Photo : Daniel Roland) |", "boilerplate:credited-caption"],
    ["The mayor at the opening of the new library on Friday (Image: Jane Smith)", "boilerplate:credited-caption"],
  ])("matchLineRule(%j) is %s", (line, rule) => {
    expect(matchLineRule(line)?.rule).toBe(rule);
  });

  it.each([
    "Join the protest, the union urged its members on Friday.",
    "Reuters reported that the company had cut half of its staff.",
    "Follow-up talks are planned for next week, officials said.",
    "\"Leave a reply if you disagree,\" she wrote.",
    "The mayor (photo: left) said the library would open on Friday, after two years of works and a long fight over its budget.",
    "Le chantier a pris six mois de retard, a reconnu le président du Département, Paul Girard, lors de la visite du site (photo : archives)",
    "« Nous avons eu très peur », raconte une habitante devant sa maison inondée (Photo : Jean Morel)",
    "Read: “The defendant showed no remorse whatsoever,” wrote Judge Helen Ward in her sentencing remarks.",
    "Lire : « On n’a rien vu venir », raconte un commerçant",
    "Listen: “I just want to find 11,780 votes,” Trump told the official on the call.",
    "Most read books are thrillers, the librarian said.",
    "Trending now on the council's agenda is the bus lane.",
    "Work work work, and then more work work work for the whole team.",
    "He said it again and again. He said it again and again.",
  ])("matchLineRule(%j) keeps article text", (line) => {
    expect(matchLineRule(line)).toBeUndefined();
  });
});

describe("relatedStoryRuns", () => {
  it("relatedStoryRuns marks two or more bulleted headlines, not a single bullet or a sentence list", () => {
    const lines = splitLines("Intro.\n- Story one here\n- Story two here\nBody.\n- One point.\n- Another point.\n- Lone bullet");
    expect([...relatedStoryRuns(lines)]).toEqual([1, 2]);
  });
});

describe("kickerLength and endMarkLength", () => {
  it("kickerLength('Exclusive Echoing…') is the label and its space", () => {
    expect(kickerLength("Exclusive Echoing objections")).toBe("Exclusive ".length);
    expect(kickerLength("Exclusive deals were signed")).toBe(0);
    expect(kickerLength("TEMOIGNAGES DE SINISTRES Les maisons ont été endommagées")).toBe("TEMOIGNAGES DE SINISTRES ".length);
    expect(kickerLength("A VILLAGE post office has closed")).toBe(0);
    expect(kickerLength("NHS England said it would act")).toBe(0);
    expect(kickerLength("GMB UNION officials said it would act")).toBe(0);
  });
  it("endMarkLength('…oversight.\" ®') covers the mark and the space before it", () => {
    expect(endMarkLength('oversight." ®')).toBe(2);
    expect(endMarkLength("®")).toBe(0);
    expect(endMarkLength("plain end.")).toBe(0);
  });
});

describe("trailingCreditLength", () => {
  it.each([
    ["Les usagers défendent ce « service de proximité ». - © Haut Anjou", " - © Haut Anjou".length],
    ["Firefighters at the scene on Sunday. © Reuters", " © Reuters".length],
    ["Le pont fermé à la circulation (© AFP)", " (© AFP)".length],
    ["Residents gathered at the hall | © Echo & Post", " | © Echo & Post".length],
  ])("'%s' ends on a credit of %i characters", (text, length) => {
    expect(trailingCreditLength(text)).toBe(length);
  });
  it.each([
    ["© France 3 Nouvelle Aquitaine"],
    ["Le maire a signé l’arrêté."],
    ["Il cite le symbole © dans son texte, puis ajoute une phrase bien plus longue que tout nom de photographe ou de journal ne le serait."],
  ])("'%s' has no trailing credit", (text) => {
    expect(trailingCreditLength(text)).toBe(0);
  });
});
