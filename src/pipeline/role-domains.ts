import { headKey } from "./names.ts";

/**
 * The field a role belongs to, as titles one person may hold at once. A story may call the person it
 * follows by another title of the same field ("Hadja Lahbib, ministre des Affaires étrangères" is later
 * "la cheffe de la diplomatie"), but not by one of another: the mayor named earlier is not "le pasteur".
 * Synonyms need no entry of their own: `headKey` already makes "ministre" a minister, "maire" a mayor.
 */
const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  politics: [
    "minister", "mp", "msp", "mla", "mpp", "senator", "sénateur", "sénatrice", "mayor", "governor", "gouverneur", "gouverneure", "councillor",
    "councilor", "conseiller", "conseillère", "adjoint", "adjointe", "politician", "politicien", "politicienne", "chancellor", "chancelier",
    "chancelière", "taoiseach", "tánaiste", "speaker", "candidate", "candidat", "ambassador", "ambassadeur", "ambassadrice", "diplomat",
    "diplomate", "opponent", "opposant", "opposante", "king", "queen", "roi", "reine", "monarch",
    // "le chef de l’État", "porte-parole du gouvernement": the state's words make a role political.
    "état", "state", "gouvernement",
  ],
  // Churches apart: the bishop named earlier is not "le pasteur du quartier".
  catholic: ["bishop", "priest", "pope", "cardinal", "nun", "religieuse", "moine", "monk", "monseigneur"],
  protestant: ["pastor"],
  jewish: ["rabbi"],
  muslim: ["imam", "mufti"],
  justice: ["judge", "lawyer", "prosecutor", "procureur", "procureure"],
  // The one on trial is not the one who speaks for the court.
  defendant: ["defendant", "accused", "accusé", "accusée", "prévenu", "prévenue"],
  // Counterparts of one trade are two people: "the coach said" after "Sam Reed, a striker" is someone else.
  coaching: ["coach"],
  playing: [
    "player", "joueur", "joueuse", "captain", "capitaine", "striker", "attaquant", "attaquante", "goalkeeper", "gardien",
    "gardienne", "defender", "défenseur", "midfielder", "winger", "ailier", "athlete", "athlète", "sprinter", "cyclist",
    "cycliste", "rider", "skipper", "champion", "championne", "quarterback", "quart-arrière", "batsman", "bowler", "pitcher",
  ],
  // Not "owner": one owns a farm, a shop or a plot of land in any trade ("Propriétaire de terrain…" is "cet éleveur").
  business: ["ceo", "founder", "entrepreneur", "shareholder", "actionnaire", "investor", "investisseur", "investisseuse"],
  teaching: [
    "teacher", "enseignant", "enseignante", "instituteur", "institutrice", "headteacher", "headmaster", "headmistress",
    "proviseur", "proviseure", "rector", "recteur", "rectrice", "professeur", "professeure", "professor", "lecturer",
  ],
  studying: ["student", "étudiant", "étudiante", "pupil", "élève", "freshman", "sophomore", "junior"],
  // A child holds no office: "le ministre a évoqué…" after "Anis, un adolescent de 15 ans" is someone else.
  childhood: [
    "child", "enfant", "teenager", "teen", "adolescent", "adolescente", "boy", "girl", "garçon", "fillette", "schoolboy", "schoolgirl",
    "lycéen", "lycéenne", "collégien", "collégienne", "toddler", "baby", "bébé", "infant", "nourrisson",
  ],
  medicine: ["doctor", "medic", "physician", "clinician", "médecin", "docteur", "docteure", "surgeon", "chirurgien", "chirurgienne"],
  nursing: ["nurse", "infirmier", "infirmière", "midwife"],
  farming: ["farmer", "agriculteur", "agricultrice", "éleveur", "éleveuse", "exploitant", "exploitante", "grower", "producteur", "productrice", "viticulteur", "viticultrice", "vigneron", "vigneronne", "maraîcher", "maraîchère",
    "apiculteur", "apicultrice", "beekeeper", "ostréiculteur", "ostréicultrice", "céréalier", "céréalière", "arboriculteur", "arboricultrice", "rancher", "winemaker",
  ],
  policing: ["officer", "policier", "policière", "gendarme", "detective", "inspector", "inspecteur", "inspectrice", "sergeant", "sergent", "superintendent", "constable", "commissaire"],
  military: ["soldier", "soldat"],
  firefighting: ["firefighter", "pompier", "pompière"],
};

const DOMAIN_OF = new Map<string, string>();
for (const [domain, words] of Object.entries(DOMAINS)) for (const w of words) DOMAIN_OF.set(headKey(w), domain);

/** The field of a role's head key (`headKey("député")` is politics), or null when the lexicon does not say. */
export function roleDomain(key: string): string | null {
  return DOMAIN_OF.get(key) ?? null;
}
