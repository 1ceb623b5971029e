type Strings = Record<"estimated" | "undated" | "quotations" | "editorialTitle" | "derivedTitle" | "sourceNotes" | "sourceNotesIntro" | "nothingRemoved" | "line" | "permalink" | "removedQuotes" | "removedNotice" | "moved" | "movedLink" | "colon", string>;

/** The few words of page furniture that follow the article's language. */
const STRINGS: Record<"en" | "fr", Strings> = {
  en: {
    estimated: "date estimated",
    undated: "date unknown",
    quotations: "quotations",
    editorialTitle: "The source text has no headline; this one was written by On the Record.",
    derivedTitle: "The source text has no headline; this one is its first sentence.",
    sourceNotes: "Source notes",
    sourceNotesIntro: "Pieces of the source text that are not part of the article, and why they are not shown above.",
    nothingRemoved: "Nothing was removed.",
    line: "line",
    permalink: "Link to this quotation",
    removedQuotes: "Quotations no longer in this article",
    removedNotice: "This link pointed to a quotation that was removed from the article on",
    moved: "This article has moved.",
    movedLink: "Go to the article",
    colon: ": ",
  },
  fr: {
    estimated: "date estimée",
    undated: "date inconnue",
    quotations: "citations",
    editorialTitle: "Le texte source n’a pas de titre ; celui-ci a été rédigé par On the Record.",
    derivedTitle: "Le texte source n’a pas de titre ; celui-ci est sa première phrase.",
    sourceNotes: "Notes sur la source",
    sourceNotesIntro: "Éléments du texte source qui ne font pas partie de l’article, et pourquoi ils ne sont pas affichés ci-dessus.",
    nothingRemoved: "Rien n’a été retiré.",
    line: "ligne",
    permalink: "Lien vers cette citation",
    removedQuotes: "Citations retirées de cet article",
    removedNotice: "Ce lien menait à une citation retirée de l’article le",
    moved: "Cet article a changé d’adresse.",
    movedLink: "Aller à l’article",
    // French sets a (narrow no-break) space before a colon.
    colon: "\u202f: ",
  },
};

export function t(language: string): Strings {
  return language === "fr" ? STRINGS.fr : STRINGS.en;
}
