import { headKey } from "./names.ts";

/**
 * The field a role belongs to. A story may call the person it follows by another title of the same
 * field ("Hadja Lahbib, ministre des Affaires étrangères" is later "la cheffe de la diplomatie"), but
 * not by one of another: the mayor named earlier is not "le pasteur".
 */
const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  politics: [
    "minister", "ministre", "mp", "député", "senator", "sénateur", "sénatrice", "mayor", "maire", "governor", "gouverneur",
    "gouverneure", "councillor", "councilor", "conseiller", "conseillère", "politician", "politicien", "politicienne",
    "premier", "prime", "chancellor", "chancelier", "chancelière", "taoiseach", "tánaiste", "candidate", "candidat",
    "ambassador", "ambassadeur", "ambassadrice", "diplomat", "diplomate", "opponent", "opposant", "opposante",
    "king", "queen", "roi", "reine", "monarch",
    // "le chef de l’État": the state's words make a head of state's role political.
    "état", "state", "gouvernement", "government",
  ],
  // Churches apart: the bishop named earlier is not "le pasteur du quartier".
  catholic: ["bishop", "priest", "pope", "pape", "cardinal", "nun", "religieuse", "moine", "monk", "monseigneur", "diocèse", "diocese"],
  protestant: ["pastor"],
  jewish: ["rabbi"],
  muslim: ["imam", "mufti"],
  justice: ["judge", "lawyer", "prosecutor", "procureur", "procureure", "defendant", "accused", "accusé", "accusée", "prévenu", "prévenue"],
  sport: [
    "coach", "player", "joueur", "joueuse", "captain", "capitaine", "striker", "attaquant", "attaquante", "goalkeeper", "gardien",
    "gardienne", "defender", "défenseur", "midfielder", "milieu", "winger", "ailier", "athlete", "athlète", "sprinter", "cyclist",
    "cycliste", "rider", "pilote", "driver", "skipper", "champion", "championne",
  ],
  business: ["ceo", "founder", "owner", "entrepreneur", "shareholder", "actionnaire", "investor", "investisseur", "investisseuse"],
  education: [
    "teacher", "enseignant", "enseignante", "instituteur", "institutrice", "headteacher", "headmaster", "headmistress",
    "proviseur", "proviseure", "rector", "recteur", "rectrice", "student", "étudiant", "étudiante", "pupil", "élève",
  ],
  health: ["doctor", "nurse", "infirmier", "infirmière", "surgeon", "chirurgien", "chirurgienne", "midwife", "paramedic", "pharmacist", "pharmacien", "pharmacienne"],
  farming: ["farmer", "agriculteur", "agricultrice", "éleveur", "éleveuse", "exploitant", "exploitante", "grower", "producteur", "productrice", "viticulteur", "viticultrice", "vigneron", "vigneronne", "maraîcher", "maraîchère"],
  security: ["officer", "policier", "policière", "gendarme", "soldier", "soldat", "firefighter", "pompier", "pompière", "detective", "inspector", "inspecteur", "inspectrice", "sergeant", "sergent"],
};

const DOMAIN_OF = new Map<string, string>();
for (const [domain, words] of Object.entries(DOMAINS)) for (const w of words) DOMAIN_OF.set(headKey(w), domain);

/** The field of a role's head key (`headKey("député")` is politics), or null when the lexicon does not say. */
export function roleDomain(key: string): string | null {
  return DOMAIN_OF.get(key) ?? null;
}
