import { z } from "astro/zod";

/** A person or organisation the site knows by name, so spellings and roles read the same everywhere. */
export const Person = z.object({
  /** Kebab-case ASCII slug of `name`; also the speaker id shown in anchors and data. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Canonical display name, with its diacritics (e.g. "António Guterres"). */
  name: z.string().min(1),
  /** Other spellings and handles that name this entry in articles ("Antonio Guterres", "@elonmusk"). */
  aliases: z.array(z.string().min(1)),
  /**
   * Role nouns and titles articles use instead of the name ("the UN chief", "le PDG de Tesla"),
   * matched by head noun and modifiers, never alone: the person must also be mentioned in the text.
   */
  roles: z.array(z.string().min(1)),
  /** Role to show when the article states none. */
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  /** ISO 3166-1 alpha-2 country, when it helps a reader. */
  country: z.string().length(2).nullable(),
  type: z.enum(["person", "organisation"]),
  /** Grammatical gender for pronoun resolution (he/she, il/elle); null for organisations or unknown. */
  gender: z.enum(["male", "female"]).nullable(),
});
export type Person = z.infer<typeof Person>;

/** The registry handed to the attribution stage: canonical entries, read-only. */
export const Registry = z.array(Person);
export type Registry = readonly Person[];
