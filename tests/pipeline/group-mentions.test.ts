import { describe, expect, it } from "vitest";
import { mentionsWhere } from "../helpers/mentions.ts";

/** The group mentions findMentions reports (findGroupMentions runs inside it, on the shared token marks). */
const { all: groups, texts } = mentionsWhere((m) => m.plural === true);

describe("findGroupMentions", () => {
  it("findGroupMentions: a bare English plural takes its modifiers, names included", () => {
    expect(texts("Union officials said the offer was poor.")).toEqual(["Union officials"]);
    expect(texts("He said Boeing workers had voted.")).toEqual(["Boeing workers"]);
    expect(texts("Officials said so.")).toEqual(["Officials"]);
  });

  it("findGroupMentions: a determiner opens the phrase, a complement may close it", () => {
    expect(texts("Then the victim’s parents spoke.")).toEqual(["the victim’s parents"]);
    expect(texts("Several officials at the Ministry of Health said no.")).toEqual(["Several officials at the Ministry of Health"]);
    expect(texts("Les avocats de la défense ont dénoncé la procédure.", "fr")).toEqual(["Les avocats de la défense"]);
    expect(texts("Selon les services du ministre Paul Varel, tout va bien.", "fr")).toEqual(["les services du ministre"]);
  });

  it("findGroupMentions: a French plural needs its determiner; a verb or a clause stops English modifiers", () => {
    expect(texts("Avocats et juges se sont retrouvés.", "fr")).toEqual([]);
    expect(texts("The mayor told residents to stay inside.")).toEqual(["residents"]);
    expect(texts("She thanked all the nurses who came.")).toEqual(["the nurses"]);
  });

  it("findGroupMentions: a group is an organisation-like role mention with its head and modifiers", () => {
    const [g] = groups("Senior union officials said no.");
    expect(g).toMatchObject({ kind: "role", type: "organisation", head: "officials", gender: null, plural: true });
    expect(g?.modifiers).toEqual(["senior", "union"]);
  });

  it("findGroupMentions: a plural inside a longer name belongs to the name", () => {
    expect(texts("The Northern Nurses Organisation said no.")).toEqual([]);
  });
});
