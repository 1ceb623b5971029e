import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { tokenizeBlock } from "../../src/pipeline/tokens.ts";
import { mentionsIn } from "../helpers/mentions.ts";

const mentions = mentionsIn;
const names = (text: string, language: "en" | "fr" = "en") =>
  mentions(text, language).filter((m) => m.kind === "name").map((m) => [m.text, m.role]);

const types = (text: string, language: "en" | "fr" = "en") =>
  mentions(text, language).filter((m) => m.kind === "name").map((m) => [m.text, m.type]);

describe("findMentions", () => {
  it("findMentions: a role's complement ends where its holder's first name starts, past a party, a town that is a first name or a region", () => {
    expect(names("Hier, le maire LR de Cannes David Lisnard a parlé.", "fr")).toContainEqual(["David Lisnard", "maire LR de Cannes"]);
    expect(names("« Non », a ajouté le maire de Lyon Grégory Doucet.", "fr")).toContainEqual(["Grégory Doucet", "maire de Lyon"]);
    expect(names("Le président de la région Sud Renaud Muselier a parlé.", "fr").map(([t]) => t)).toContain("Renaud Muselier");
    expect(names("Le premier adjoint à la mairie, Paul Ricard, a répondu.", "fr")).toContainEqual(["Paul Ricard", "premier adjoint à la mairie"]);
    // A body's name that opens on its kind ("Réseau", "Banque"), then the holder's first name and surname.
    expect(names("« Non », assure le directeur général du Réseau Astuce Jean-Pierre Philibert.", "fr").map(([t]) => t)).toContain("Jean-Pierre Philibert");
    expect(names("« Non », assure le président de la Banque Populaire Marc Lenoir.", "fr").map(([t]) => t)).toContain("Marc Lenoir");
    // Not a body named after someone, with no name of its own before theirs: "le Centre Georges Pompidou".
    expect(names("« Non », assure la directrice du Centre Georges Pompidou.", "fr").map(([t]) => t)).not.toContain("Georges Pompidou");
  });

  it("findMentions: what no first name opens after \"in\" is a place, unless a verb takes someone in; a ward before an abbreviated title is no person", () => {
    expect(types("The council wants to shut libraries in Kensal Rise, Preston and Neasden.")).toContainEqual(["Kensal Rise", "unknown"]);
    expect(types("United have now brought in Tyrell Field.")).toContainEqual(["Tyrell Field", "person"]);
    // A block that ends on the list, or on the comma after a first word, is read to its end.
    expect(types("The libraries in Kensal Rise and")).toContainEqual(["Kensal Rise", "person"]);
    expect(types("Kully, from")).toContainEqual(["Kully", "unknown"]);
    expect(types("They put their trust in Tom Briggs.")).toContainEqual(["Tom Briggs", "person"]);
    expect(types("All eyes were on Shericka Hill in the final.")).toContainEqual(["Shericka Hill", "person"]);
    // One word opening its sentence, where its bearer is from between commas, is someone.
    expect(types("Kully, from the Windmill Fish Bar, said she found out late.")).toContainEqual(["Kully", "person"]);
    // A first name, then a body's word that is a surname too, is someone; a body's name with no first name is the body.
    expect(types("Amy Power gave birth to her son in the water.")).toContainEqual(["Amy Power", "person"]);
    expect(types("Western Power said the lines were repaired.")).toContainEqual(["Western Power", "organisation"]);
    expect(types("Kensal Green cllr James Powney gave a talk.")).toEqual([["Kensal Green", "organisation"], ["James Powney", "person"]]);
    expect(names("Kensal Green cllr James Powney gave a talk.")).toContainEqual(["James Powney", "Kensal Green cllr"]);
  });

  it("findMentions: a role after the object of an opening participle or preposition, its verb after it, is the subject, not an appositive", () => {
    expect(names('Addressing Cllr James Powney, one library user said: "No."')).toContainEqual(["James Powney", "Councillor"]);
    expect(names('Speaking to Tom Hill, a resident said: "No."')).toContainEqual(["Tom Hill", null]);
    expect(names("Nurses went to the office of Jane Smith, director of a regional hospital, on Monday.")).toContainEqual(["Jane Smith", "director of a regional hospital"]);
    expect(names('Tom Hill, a resident, said: "No."')).toContainEqual(["Tom Hill", "resident"]);
  });

  it("findMentions: the words a bracketed acronym spells are one body's name; a person's initials leave the name as it was", () => {
    expect(types("Residents' group All Concerned About Foggie Turbines (ACAFT) objected.")).toContainEqual(["All Concerned About Foggie Turbines", "organisation"]);
    expect(types("The Campaign to Protect Rural England (CPRE) said it was disappointed.")).toContainEqual(["Campaign to Protect Rural England", "organisation"]);
    expect(types("L’Union des maires ruraux (UMR) a protesté.", "fr")).toContainEqual(["Union des maires ruraux", "organisation"]);
    expect(types("John Fitzgerald Kennedy (JFK) spoke.")).toContainEqual(["John Fitzgerald Kennedy", "person"]);
  });

  it("findMentions: 'chez' before a name no first name opens is a business; a possessive before a noun is no name", () => {
    expect(types("Chez Rivage Tattoo, qui rassemble neuf artistes, la crise a freiné les projets.", "fr")).toContainEqual(["Rivage Tattoo", "organisation"]);
    expect(types("Chez Marie Dupont, la crise a freiné les projets.", "fr")).toContainEqual(["Marie Dupont", "person"]);
    expect(names("Notre interlocuteur note que rien ne va.", "fr")).toEqual([]);
  });

  it("findMentions: what a place's noun is of, or a town its region follows, is no person; a building's keeper may be", () => {
    expect(types("La foule s'est réunie dans le quartier de Ouando Kpota pour la prière.", "fr")).toContainEqual(["Ouando Kpota", "unknown"]);
    expect(types("Nous nous sommes rendus à la mosquée de Tareq Oubrou, à Bordeaux.", "fr")).toContainEqual(["Tareq Oubrou", "person"]);
    expect(types("She was shopping at a Costco in Leona Valley, California, last week.").map(([t]) => t)).not.toContain("Leona Valley");
    expect(types("We heard from Kwame Mensah, Texas, who lost his home.")).toContainEqual(["Kwame Mensah", "person"]);
  });

  it("findMentions: a name ends before \"du\" or \"de la\" and a body's acronym; a particle of the name stays", () => {
    expect(types("Madani Marzuk du DAL acquiesce.", "fr")).toEqual([["Madani Marzuk", "person"], ["DAL", "organisation"]]);
    expect(types("Jean-Marc Dupont de la CGT approuve.", "fr")).toEqual([["Jean-Marc Dupont", "person"], ["CGT", "organisation"]]);
    expect(types("Charles de la Tour approuve.", "fr")).toContainEqual(["Charles de la Tour", "person"]);
  });

  it("findMentions: a point of the compass before a place or another point names a body, never a person", () => {
    expect(types("« Ça s'arrêtera », dit-il à Ouest France.", "fr")).toContainEqual(["Ouest France", "organisation"]);
    expect(types("Sud Ouest a publié l'enquête.", "fr")).toContainEqual(["Sud Ouest", "organisation"]);
    expect(types("South Africa said it would appeal.")).toContainEqual(["South Africa", "organisation"]);
    // A first name before a place stays a person: "France Gall".
    expect(types("France Gall a chanté.", "fr")).toContainEqual(["France Gall", "person"]);
  });

  it("findMentions: someone's own body named between commas is that body; a person keeps a first name's", () => {
    expect(types("Sa société, Criollo Chocolatier, est pourtant débordée.", "fr")).toContainEqual(["Criollo Chocolatier", "organisation"]);
    expect(types("Their company, Brook Harlow, had folded by June.")).toContainEqual(["Brook Harlow", "organisation"]);
    expect(types("Son épouse, Marie Lacaze, est pourtant épuisée.", "fr")).toContainEqual(["Marie Lacaze", "person"]);
    expect(types("Sa société, Pierre Martin, est pourtant débordée.", "fr")).toContainEqual(["Pierre Martin", "person"]);
  });

  it("findMentions: what a thing is called is no one, unless a person's noun or a body's is what is called so", () => {
    expect(types("The area of marsh known as Humphrey Head is under a management agreement.").map(([t]) => t)).not.toContain("Humphrey Head");
    expect(types("Le quartier appelé Jean Moulin est en travaux.", "fr").map(([t]) => t)).not.toContain("Jean Moulin");
    expect(types("A man called Humphrey Head said no.")).toContainEqual(["Humphrey Head", "person"]);
    expect(types("A company called Harry Ramsden said no.").map(([t]) => t)).toContain("Harry Ramsden");
  });

  it("findMentions: titles before names are roles, not part of the name", () => {
    expect(names("UN Secretary General Antonio Guterres spoke.")).toContainEqual(["Antonio Guterres", "UN Secretary General"]);
    expect(names("He wrote to Twitter CEO Elon Musk.")).toContainEqual(["Elon Musk", "Twitter CEO"]);
    expect(names("It was, according to director of communications Chris MacKenzie, fine.")).toContainEqual(["Chris MacKenzie", "director of communications"]);
  });

  it("findMentions: appositives after names give the role", () => {
    expect(names("said Gill Whitehead, Ofcom Group Director for Online Safety.")).toContainEqual(["Gill Whitehead", "Ofcom Group Director for Online Safety"]);
    expect(names("Jonathan Greenblatt, PDG de l’Anti-Defamation League, a aidé.", "fr")).toContainEqual(["Jonathan Greenblatt", "PDG de l’Anti-Defamation League"]);
    expect(names("Twitter, with the French president urging the CEO, moved.")).toContainEqual(["Twitter", null]);
  });

  it("findMentions: a name right after a role's complement holds the role; one after a conjunction or a verb does not", () => {
    expect(names("« Non », a dit le chef par intérim du Parti libéral (PLQ) Marc Tanguay.", "fr")).toContainEqual(["Marc Tanguay", "chef par intérim du Parti libéral (PLQ)"]);
    expect(names("« Non », a dit le chef par intérim du Parti libéral et Marc Tanguay a ajouté qu’il votera.", "fr")).toContainEqual(["Marc Tanguay", null]);
    expect(names("Le porte-parole par intérim du Parti libéral remercie Marc Tanguay.", "fr")).toContainEqual(["Marc Tanguay", null]);
  });

  it("findMentions: a name or a role a line break cuts reads with a space; surnames like infinitives and names opening on numbers stay names", () => {
    const wrapped = "« Rien », explique le capitaine des\npompiers, Aymeric\nSoufflé.";
    const block = { index: 0, kind: "paragraph" as const, text: wrapped, start: 0, end: wrapped.length, line: 1 };
    const found = findMentions(tokenizeBlock(block, [], "fr"), wrapped, 0, "fr").filter((m) => m.kind === "name");
    expect(found.map((m) => [m.text, m.role])).toContainEqual(["Aymeric Soufflé", "capitaine des pompiers"]);
    // A surname may end as an infinitive does, and a company's name may open on a number.
    expect(names("Garnier le reconnaît : « Nous avons sous-estimé la crue. »", "fr")).toContainEqual(["Garnier", null]);
    expect(names("Five Guys said it would close two restaurants.").map(([t]) => t)).toContain("Five Guys");
  });

  it("findMentions: an appositive after a party's brackets gives the role; a company's words make a company", () => {
    expect(names("Le constat de Samia Ferhat (PS), adjointe en charge des cimetières, concerne le centre.", "fr")).toContainEqual(["Samia Ferhat", "adjointe en charge des cimetières"]);
    expect(types("Last year, Acme Enterprises Carnival supplied the rides.")).toContainEqual(["Acme Enterprises Carnival", "organisation"]);
  });

  it("findMentions: hyphenated and particle names stay whole", () => {
    expect(names("Kayvan Hazemi-Jebelli wrote.").map((n) => n[0])).toContain("Kayvan Hazemi-Jebelli");
    expect(names("Then Charles de Gaulle spoke.").map((n) => n[0])).toContain("Charles de Gaulle");
    expect(names("Volker Türk wrote.").map((n) => n[0])).toContain("Volker Türk");
  });

  it("findMentions: a capitalised adverb or preposition opening a sentence is not part of the name", () => {
    expect(names("Puis Odile Ferrand a pris la parole.", "fr").map((n) => n[0])).toEqual(["Odile Ferrand"]);
    expect(names("Ensuite Odile Ferrand a pris la parole.", "fr").map((n) => n[0])).toEqual(["Odile Ferrand"]);
    expect(names("À Marbelle, Odile Ferrand a pris la parole.", "fr").map((n) => n[0])).toEqual(["Marbelle", "Odile Ferrand"]);
    expect(names("Instead Selina Marsh spoke to reporters.").map((n) => n[0])).toEqual(["Selina Marsh"]);
    // After a title's full stop, a surname shaped like a participle is still a name.
    expect(names("« C'est un échec », a soutenu M. Lisée.", "fr").map((n) => n[0])).toContain("Lisée");
    // A role's full stop does end a sentence: the verb form after it is no name.
    expect(names("He met the mayor. Speaking at the hall, Ana Ruiz smiled.").map((n) => n[0])).toEqual(["Ana Ruiz"]);
  });

  it("findMentions: a place's name that ends like a French demonym is no one", () => {
    expect(mentions("« Nous riposterons », a déclaré l’Iran.", "fr").filter((m) => m.kind === "role")).toEqual([]);
    expect(mentions("« C'est un succès », a conclu le Français.", "fr").filter((m) => m.kind === "role").map((m) => m.text)).toEqual(["le Français"]);
  });

  it("findMentions: organisations by their words, acronyms and 'the'", () => {
    const ms = mentions("Groups like Amnesty International and the NAACP met the Chamber of Progress.");
    const orgs = ms.filter((m) => m.type === "organisation").map((m) => m.text);
    expect(orgs).toEqual(expect.arrayContaining(["Amnesty International", "NAACP", "Chamber of Progress"]));
  });

  it("findMentions: role noun phrases carry head and modifiers", () => {
    const role = mentions("Later the French president spoke.").find((m) => m.kind === "role");
    expect(role?.head).toBe("president");
    expect(role?.modifiers).toContain("french");
    const fr = mentions("Hier la PDG de Free Press, Jessica Gonzalez, a parlé.", "fr");
    expect(fr.find((m) => m.kind === "role")?.gender).toBe("female");
    expect(fr.find((m) => m.kind === "name")?.role).toBe("PDG de Free Press");
  });

  it("findMentions: gender from first names and pronouns", () => {
    expect(mentions("Then Heidi Alexander spoke.").find((m) => m.kind === "name")?.gender).toBe("female");
    expect(mentions("Then she spoke.").find((m) => m.kind === "pronoun")?.gender).toBe("female");
    expect(mentions("Puis il a parlé.", "fr").find((m) => m.kind === "pronoun")?.gender).toBe("male");
  });

  it("findMentions: possessives are marked (Musk's quip)", () => {
    expect(mentions("following Musk's quip that").find((m) => m.text === "Musk")?.possessive).toBe(true);
  });

  it("findMentions: abbreviated office titles are shown spelled out", () => {
    expect(names("Then Supt Paul Nevin said it.")).toContainEqual(["Paul Nevin", "Superintendent"]);
    expect(names("Then Det Sgt Mary Hale said it.")).toContainEqual(["Mary Hale", "Detective Sergeant"]);
    expect(names("Then Cllr Anne Welsford said it.")).toContainEqual(["Anne Welsford", "Councillor"]);
  });

  it("findMentions: where a person's name starts and ends", () => {
    // A first name that is also a noun, and a title word after a first name.
    expect(names("Labour MP Bill Esterson spoke.").map((n) => n[0])).toContain("Bill Esterson");
    expect(names("Then Emily King sang.").map((n) => n[0])).toContain("Emily King");
    // The name ends before "of" and "for"; an organisation's name does not.
    expect(names("Then Peg Edwards of Holy Spirit parish spoke.").map((n) => n[0])).toContain("Peg Edwards");
    expect(names("Then Tom Hale for Drift won.").map((n) => n[0])).toContain("Tom Hale");
    expect(names("Then the Bank of England spoke.").map((n) => n[0])).toContain("Bank of England");
    // Saints keep their full stop; a plural possessive stays inside an organisation's name.
    expect(names("said Maria St. John of Albany.").map((n) => n[0])).toContain("Maria St. John");
    expect(names("The Irish Nurses and Midwives’ Organisation said.").map((n) => n[0])).toContain("Irish Nurses and Midwives’ Organisation");
  });

  it("findMentions: a unit before a figure is no one, a country closing a run is an organisation", () => {
    expect(names("It lost about Rs 65 crore.")).toEqual([]);
    const hyundai = mentions("Then Hyundai Motor India said so.").find((m) => m.text === "Hyundai Motor India");
    expect(hyundai?.type).toBe("organisation");
  });

  it("findMentions: ce dernier, cette dernière and the latter point back, with their gender", () => {
    const fr = mentions("« Oui », a dit ce dernier, puis cette dernière.", "fr").filter((m) => m.kind === "pronoun").map((m) => [m.text, m.gender]);
    expect(fr).toEqual([["ce dernier", "male"], ["cette dernière", "female"]]);
    expect(mentions("The latter said no.").filter((m) => m.kind === "pronoun").map((m) => m.text)).toEqual(["The latter"]);
  });

  it("findMentions: a role after a fused article (du, au) names the holder beside it", () => {
    expect(names("Tous ont reçu la visite du maire, Adama Koné, hier.", "fr")).toContainEqual(["Adama Koné", "maire"]);
    expect(names("demande-t-elle au ministre de l’Éducation Paul Delmas.", "fr")).toContainEqual(["Paul Delmas", "ministre de l’Éducation"]);
    const maire = mentions("la visite du maire, Adama Koné, hier.", "fr").find((m) => m.kind === "role");
    expect([maire?.text, maire?.gender]).toEqual(["maire", "male"]);
    // The article stays outside the phrase, a preposition before it: "du nouveau maire" keeps its adjective.
    const nouveau = mentions("la visite du nouveau maire, Adama Koné, hier.", "fr").find((m) => m.kind === "role");
    expect([nouveau?.text, nouveau?.modifiers]).toEqual(["nouveau maire", ["nouveau"]]);
  });

  it("findMentions: after another role, du and au open a role of that role, whose holder is the first one's", () => {
    expect(names("a dit l’adjoint au maire, Paul Roux, hier.", "fr")).toContainEqual(["Paul Roux", "adjoint au maire"]);
    expect(names("l’épouse du maire, Marie Koné, a parlé.", "fr")).toContainEqual(["Marie Koné", "épouse du maire"]);
  });
});
