import type { Person, Registry } from "../schema/person.ts";
import type { Actor, ActorType } from "../schema/event.ts";

/**
 * The lane of each registry entry that acts in the seeds. People sit in their organisation's lane:
 * Gill Whitehead speaks for Ofcom, Kayvan Hazemi-Jebelli for the Chamber of Progress.
 */
export const ACTOR_TYPES: Readonly<Record<string, ActorType>> = {
  "united-nations": "intergovernmental",
  "antonio-guterres": "intergovernmental",
  "volker-turk": "intergovernmental",
  "office-of-the-un-high-commissioner-for-human-rights": "intergovernmental",
  "european-commission": "eu",
  "emmanuel-macron": "government",
  "heidi-alexander": "government",
  ofcom: "regulator",
  "gill-whitehead": "regulator",
  "amnesty-international": "civil-society",
  naacp: "civil-society",
  "anti-defamation-league": "civil-society",
  "color-of-change": "civil-society",
  "free-press": "civil-society",
  "rashad-robinson": "civil-society",
  "derrick-johnson": "civil-society",
  "jessica-gonzalez": "civil-society",
  "jonathan-greenblatt": "civil-society",
  "chamber-of-progress": "industry",
  "kayvan-hazemi-jebelli": "industry",
  "chris-mackenzie": "industry",
  "elon-musk": "platform",
  x: "platform",
  "yoel-roth": "platform",
};

/** Lanes from top to bottom: the international bodies first, the platform last, facing them. */
export const LANE_ORDER: readonly ActorType[] = ["intergovernmental", "eu", "government", "regulator", "civil-society", "industry", "platform"];

/** Lane labels as readers see them. */
export const ACTOR_TYPE_LABELS: Readonly<Record<ActorType, string>> = {
  intergovernmental: "UN and intergovernmental",
  eu: "European Union",
  government: "National governments",
  regulator: "Regulators",
  "civil-society": "Civil society",
  industry: "Industry",
  platform: "Twitter/X and its owner",
};

/** actorTypeOf('ofcom') is 'regulator'; null for an entry with no lane yet. */
export function actorTypeOf(id: string): ActorType | null {
  return Object.hasOwn(ACTOR_TYPES, id) ? (ACTOR_TYPES[id] as ActorType) : null;
}

const fold = (s: string) => s.normalize("NFC").replace(/[’']/g, "'").toLocaleLowerCase("en");

/** The registry entry a sidecar names, by name or alias, case-insensitively; null when none. */
export function findActor(name: string, registry: Registry): Actor | null {
  const wanted = fold(name);
  const hit: Person | undefined = registry.find((p) => fold(p.name) === wanted || p.id === name || p.aliases.some((a) => fold(a) === wanted));
  return hit ? { id: hit.id, name: hit.name } : null;
}
