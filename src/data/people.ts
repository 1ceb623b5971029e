import { slugify } from "../pipeline/slug.ts";
import { Registry, type Person } from "../schema/person.ts";

type Entry = Omit<Person, "id" | "country" | "gender" | "organisation" | "role" | "roles" | "aliases"> &
  Partial<Pick<Person, "country" | "gender" | "organisation" | "role" | "roles" | "aliases">>;


function entry(e: Entry): Person {
  return {
    id: slugify(e.name, 120),
    aliases: e.aliases ?? [],
    roles: e.roles ?? [],
    role: e.role ?? null,
    organisation: e.organisation ?? null,
    country: e.country ?? null,
    gender: e.gender ?? null,
    name: e.name,
    type: e.type,
  };
}

const P = "person" as const;
const O = "organisation" as const;

/**
 * People and organisations of the seed articles. Canonicalises names and roles only: attribution
 * works from what the text states, so an article about someone absent here still gets credits.
 */
export const people: Registry = Registry.parse([
  entry({ name: "António Guterres", type: P, gender: "male", country: "PT", aliases: ["Antonio Guterres", "Guterres"],
    role: "UN Secretary-General", organisation: "United Nations",
    roles: ["UN chief", "United Nations chief", "UN Secretary-General", "secrétaire général de l'ONU", "patron de l'ONU"] }),
  entry({ name: "Elon Musk", type: P, gender: "male", country: "US", aliases: ["Musk", "@elonmusk"],
    role: "Owner of Twitter/X; CEO of Tesla and SpaceX", organisation: "X",
    roles: ["Tesla CEO", "Twitter CEO", "Twitter owner", "X owner", "owner", "billionaire", "multi-billionaire",
      "tech billionaire", "entrepreneur", "businessman", "tycoon", "technology tycoon", "Tesla co-founder",
      "richest man", "PDG de Tesla", "patron de Tesla", "propriétaire de Twitter", "milliardaire"] }),
  entry({ name: "Volker Türk", type: P, gender: "male", country: "AT", aliases: ["Volker Turk", "Türk", "@volker_turk"],
    role: "UN High Commissioner for Human Rights", organisation: "OHCHR",
    roles: ["UN High Commissioner for Human Rights", "High Commissioner", "UN rights chief", "Haut-Commissaire aux droits de l'homme"] }),
  entry({ name: "Emmanuel Macron", type: P, gender: "male", country: "FR", aliases: ["Macron", "@EmmanuelMacron"],
    role: "President of France", organisation: "French Republic",
    roles: ["French president", "President of France", "head of state", "président de la République", "chef de l'État", "président français"] }),
  entry({ name: "Gill Whitehead", type: P, gender: "female", country: "GB", aliases: ["Whitehead"],
    role: "Ofcom Group Director for Online Safety", organisation: "Ofcom" }),
  entry({ name: "Kayvan Hazemi-Jebelli", type: P, gender: "male", country: "GB", aliases: ["Hazemi-Jebelli"],
    role: "Senior director for Europe, Chamber of Progress", organisation: "Chamber of Progress" }),
  entry({ name: "Chris MacKenzie", type: P, gender: "male", country: "US", aliases: ["MacKenzie"],
    role: "Director of communications, Chamber of Progress", organisation: "Chamber of Progress" }),
  entry({ name: "Yoel Roth", type: P, gender: "male", country: "US", aliases: ["Roth"],
    role: "Head of trust and safety, Twitter", organisation: "Twitter" }),
  entry({ name: "Rashad Robinson", type: P, gender: "male", country: "US", aliases: ["Robinson"],
    role: "President of Color of Change", organisation: "Color of Change" }),
  entry({ name: "Derrick Johnson", type: P, gender: "male", country: "US", aliases: ["Johnson"],
    role: "President and CEO of the NAACP", organisation: "NAACP" }),
  entry({ name: "Jessica González", type: P, gender: "female", country: "US", aliases: ["Jessica Gonzalez", "Gonzalez", "González"],
    role: "Co-CEO of Free Press", organisation: "Free Press" }),
  entry({ name: "Jonathan Greenblatt", type: P, gender: "male", country: "US", aliases: ["Greenblatt"],
    role: "CEO of the Anti-Defamation League", organisation: "Anti-Defamation League" }),
  entry({ name: "Heidi Alexander", type: P, gender: "female", country: "GB",
    role: "UK Justice Minister", organisation: "UK Government" }),
  entry({ name: "Ofcom", type: O, country: "GB", role: "UK communications regulator",
    roles: ["regulator", "UK telecom regulator", "communications regulator", "watchdog", "régulateur"] }),
  entry({ name: "X", type: O, country: "US", aliases: ["Twitter", "X Corp", "Xitter", "@Twitter"],
    role: "Social media platform", roles: ["company", "platform", "social network", "entreprise", "plateforme", "réseau social"] }),
  entry({ name: "Amnesty International", type: O, aliases: ["Amnesty"], role: "Human rights organisation" }),
  entry({ name: "Chamber of Progress", type: O, country: "US", role: "Tech industry advocacy group",
    roles: ["group", "advocacy group"] }),
  entry({ name: "NAACP", type: O, country: "US", role: "Civil rights organisation" }),
  entry({ name: "Center for Countering Digital Hate", type: O, aliases: ["Center Against Digital Hate", "CCDH"], role: "Online hate research NGO" }),
  entry({ name: "Anti-Defamation League", type: O, country: "US", aliases: ["ADL"], role: "Civil rights organisation" }),
  entry({ name: "Color of Change", type: O, country: "US", role: "Racial justice organisation" }),
  entry({ name: "Free Press", type: O, country: "US", role: "Media reform advocacy group" }),
  entry({ name: "United Nations", type: O, aliases: ["UN", "ONU", "Nations unies"], role: "Intergovernmental organisation" }),
  entry({ name: "Office of the UN High Commissioner for Human Rights", type: O,
    aliases: ["OHCHR", "Office of the High Commissioner for Human Rights", "UN Human Rights Office"],
    role: "UN human rights office", organisation: "United Nations" }),
]);
