import type { Mode } from "../schema/quote.ts";

/**
 * French reporting verbs of the first group (-er), by infinitive; `inflectFr` derives the forms news
 * uses: passé composé participle (a déclaré), present (déclare, déclarent), passé simple (déclara),
 * imparfait (déclarait), participe présent (déclarant).
 */
export const FR_REGULAR: Readonly<Record<Mode, string>> = {
  said:
    "déclarer ajouter estimer affirmer expliquer souligner indiquer assurer rassurer préciser insister marteler " +
    "rappeler annoncer juger dénoncer regretter lancer commenter noter observer demander exhorter plaider " +
    "confirmer nier résumer trancher ironiser déplorer saluer signaler relever critiquer avouer proclamer " +
    "réclamer réitérer répliquer rétorquer objecter protester exclamer alerter fustiger tonner lâcher glisser " +
    "témoigner jurer avancer argumenter considérer insister mettre prévenir rapporter analyser détailler " +
    "abonder nuancer enchaîner indigner inquiéter étonner réjouir féliciter agacer emporter amuser souffler " +
    "soupirer interroger questionner pointer développer tempêter railler accuser invoquer évoquer prédire " +
    "asséner assener appuyer clamer scander crier écrier murmurer chuchoter hurler compléter conseiller " +
    "recommander alarmer offusquer désoler insurger tacler cingler fulminer enthousiasmer relater confesser " +
    "interpeller plaisanter décrypter réaffirmer relativiser approuver acquiescer contester condamner " +
    "lamenter redouter souhaiter raisonner continuer constater révéler suggérer soulever certifier attester " +
    // What the speaker feels as they say it: "s'attriste Pascal Caraty", "peste un riverain", "positive la gérante".
    "attrister exaspérer désespérer énerver irriter navrer philosopher positiver tempérer pester râler " +
    "esclaffer étrangler enrager impatienter consoler bougonner ronchonner maugréer espérer",
  told: "confier raconter",
  wrote: "",
  tweeted: "tweeter",
  posted: "publier poster",
  stated: "",
};

/** Irregular verbs: every form listed. */
export const FR_IRREGULAR: Readonly<Record<Mode, string>> = {
  said:
    "dit dis disent dit disait disaient disant dire " +
    "répondu répond répondent répondit répondait répondant répondre " +
    "défendu défend défendent défendit défendait défendant " +
    "averti avertit avertissent avertissait avertissant " +
    "prévenu prévient préviennent prévint prévenait " +
    "reconnu reconnaît reconnait reconnaissent reconnut reconnaissait reconnaissant " +
    "admis admet admettent admit admettait admettre " +
    "promis promet promettent promit promettait " +
    "conclu conclut concluent concluait concluant conclure " +
    "poursuivi poursuit poursuivent poursuivit poursuivait poursuivre " +
    "réagi réagit réagissent réagissait réagir " +
    "soutenu soutient soutiennent soutint soutenait soutenant " +
    "maintenu maintient maintiennent maintint maintenait " +
    "démenti dément démentent démentit " +
    "lança lançait lançant annonça annonçait annonçant " +
    "renchérit renchéri renchérissent renchérissait renchérissant renchérir garantit garantissent " +
    "sourit souri souriait souriant rit riait " +
    "décrit décrivent décrivait décrivant reprend reprennent reprit reprenait reprendre " +
    "plaint plaignent plaignait croit croient croyait craint craignent craignait " +
    "souvient souviennent souvenait convient convenu émeut émeuvent émouvait",
  told: "",
  wrote: "écrit écrivent écrivit écrivait écrivaient écrivant écrire",
  tweeted: "twitté twittait",
  posted: "",
  stated: "",
};

export function inflectFr(inf: string): string[] {
  if (!inf.endsWith("er")) return [inf];
  const stem = inf.slice(0, -2);
  const part = `${stem}é`;
  // "dénoncer" → "dénonçant", "juger" → "jugeant": before a and o the stem keeps its soft sound.
  const soft = stem.endsWith("c") ? `${stem.slice(0, -1)}ç` : stem.endsWith("g") ? `${stem}e` : stem;
  const forms = [inf, part, `${part}e`, `${part}s`, `${part}es`, `${stem}e`, `${stem}ent`, `${soft}a`, `${stem}èrent`, `${soft}ait`, `${soft}aient`, `${soft}ant`];
  // "relever" → "il relève", "considérer" → "il considère": before a silent ending the stem's last e takes a grave accent.
  const grave = /[eé]([^aeiouyéèêh]|[bcdfgkpt][lr])$/u.exec(stem);
  if (grave !== null) {
    const open = `${stem.slice(0, grave.index)}è${stem.slice(grave.index + 1)}`;
    forms.push(`${open}e`, `${open}ent`);
  }
  // "rappeler" → "il rappelle": most verbs in -eler and -eter double the consonant instead.
  if (/e[lt]$/u.test(stem)) forms.push(`${stem}${stem.slice(-1)}e`, `${stem}${stem.slice(-1)}ent`);
  return forms;
}

/** Auxiliaries of the passé composé and plus-que-parfait: `a déclaré`, `avait dit`, `ont estimé`. */
export const FR_AUXILIARIES = "a ont avait avaient aurait auraient aura";

export const FR_SPEECH_NOUNS =
  "lettre déclaration déclarations communiqué message messages tweet tweets propos réponse mots appel appels " +
  "discours courrier note interview entretien publication billet tribune avertissement promesse réaction " +
  "commentaire commentaires remarque remarques critique critiques riposte réplique explication explications " +
  "rapport cri cris exclamation internet web";

export const FR_PREPOSITIONS = ["selon", "d’après", "d'après", "aux dires de", "pour reprendre les mots de", "de l’aveu de", "de l’aveu d’", "de l’aveu du", "de l’aveu des", "de l’aveu même de", "de l’avis de", "de l’avis d’", "de l’avis du", "de l’avis des"];

export const FR_TERM_CUES: ReadonlyArray<readonly [string, string]> = [
  ["voté", "vote option"], ["voter", "vote option"], ["votent", "vote option"], ["vote", "vote option"],
  ["chef d’accusation", "charge"], ["chef d'accusation", "charge"], ["accusé de", "charge"], ["accusée de", "charge"],
  ["inculpé de", "charge"], ["inculpée de", "charge"], ["condamné pour", "charge"], ["pour", "charge"],
  ["baptisé", "name"], ["baptisée", "name"], ["surnommé", "name"], ["surnommée", "name"], ["appelé", "name"],
  ["appelée", "name"], ["intitulé", "title"], ["intitulée", "title"], ["nommé", "name"], ["le mot", "word"],
  ["le terme", "word"], ["l’expression", "word"], ["l'expression", "word"], ["slogan", "slogan"], ["devise", "theme"], ["thème", "theme"],
  ["hashtag", "hashtag"], ["mot-dièse", "hashtag"], ["mot-clé", "hashtag"], ["mot-clef", "hashtag"], ["dits", "name"], ["dites", "name"], ["prétendu", "name"],
  ["soi-disant", "name"], ["mention", "label"],
  // Un prix nommé d'après ce qu'il couronne : `sacré « Meilleur film »`, `le prix du « … »`, `catégorie « … »`.
  ["sacré", "award"], ["sacrée", "award"], ["prix du", "award"], ["prix de la", "award"], ["catégorie", "award"], ["trophée du", "award"],
  // Une œuvre nommée par son genre : `un premier long métrage, « … »`, `le roman « … »`.
  ["film", "title"], ["métrage", "title"], ["livre", "title"], ["roman", "title"], ["album", "title"],
  ["documentaire", "title"], ["série", "title"], ["émission", "title"], ["spectacle", "title"], ["chanson", "title"],
  ["pièce", "title"], ["ouvrage", "title"], ["essai", "title"], ["exposition", "title"],
  // Un débat nommé par ce qu’il pose : `interrogé sur la question « Peut-on sauver le fret ? »`.
  ["sur la question", "title"],
  // Une campagne ou une opération nommée par son genre : `la campagne « Trains pour tous »`.
  ["campagne", "campaign"], ["opération", "campaign"], ["initiative", "campaign"],
];
