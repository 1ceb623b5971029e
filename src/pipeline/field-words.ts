import { fold } from "./names.ts";

/**
 * Words for anyone in a line of work, and the jobs in it. A story calls the food-truck's manager or the baker it
 * just quoted "la commerçante", the train driver "le cheminot", the violinist "la musicienne", to avoid the name
 * again. Two jobs of one line are two people: "le boucher" is not the baker who just spoke.
 */
const FIELDS: readonly { readonly any: readonly string[]; readonly jobs: readonly string[] }[] = [
  {
    any: [
      "commerçant", "commerçante", "marchand", "marchande", "boutiquier", "boutiquière", "artisan", "artisane",
      "shopkeeper", "trader", "retailer", "merchant", "stallholder",
    ],
    jobs: [
      // A manager is one job: "soupire Léa, vendeuse… confirme la gérante" is her employer.
      "gérant", "gérante", "vendeur", "vendeuse", "restaurateur", "restauratrice", "boulanger", "boulangère", "pâtissier", "pâtissière", "boucher", "bouchère",
      "charcutier", "charcutière", "fleuriste", "buraliste", "coiffeur", "coiffeuse", "cafetier", "cafetière", "hôtelier", "hôtelière",
      "épicier", "épicière", "poissonnier", "poissonnière", "fromager", "fromagère", "caviste", "libraire", "brasseur", "brasseuse",
      "baker", "butcher", "florist", "hairdresser", "barber", "grocer", "fishmonger", "bookseller", "publican", "brewer", "vendor", "shopowner",
    ],
  },
  {
    any: ["cheminot", "cheminote", "railwayman", "railwaywoman"],
    jobs: ["conducteur", "conductrice", "contrôleur", "contrôleuse", "aiguilleur", "aiguilleuse", "machiniste", "signaller", "guard", "train-driver"],
  },
  {
    any: ["soignant", "soignante", "carer", "caregiver"],
    jobs: ["infirmier", "infirmière", "aide-soignant", "aide-soignante", "médecin", "nurse", "doctor", "sage-femme", "midwife", "kiné", "kinésithérapeute", "physiotherapist"],
  },
  {
    any: ["musicien", "musicienne", "musician", "instrumentiste"],
    jobs: [
      "violoniste", "pianiste", "violoncelliste", "altiste", "contrebassiste", "guitariste", "batteur", "batteuse", "flûtiste", "trompettiste",
      "saxophoniste", "clarinettiste", "hautboïste", "harpiste", "organiste", "choriste", "chanteur", "chanteuse",
      "violinist", "pianist", "cellist", "violist", "bassist", "guitarist", "drummer", "flautist", "trumpeter", "saxophonist", "clarinettist",
      "harpist", "organist", "singer", "chorister",
    ],
  },
];

/** Each word for anyone in a line, folded, with the folded words and jobs of its line. */
const LINE_OF = new Map<string, ReadonlySet<string>>();
for (const f of FIELDS) {
  const line = new Set([...f.any, ...f.jobs].map(fold));
  for (const w of f.any) LINE_OF.set(fold(w), line);
}

/**
 * Whether `word`, a role's head, is a word for anyone in a line of work that `held`, a role's head key the text gave
 * someone, is in: "commerçante" and "gérante", "cheminot" and "conducteur". Not two jobs: "boucher" and "boulanger".
 */
export function coversJob(word: string, held: string): boolean {
  return LINE_OF.get(fold(word))?.has(held) ?? false;
}

/** Whether `word` is a word for anyone in a line of work ("la commerçante", "le cheminot"). */
export function isAnyOfLine(word: string): boolean {
  return LINE_OF.has(fold(word));
}
