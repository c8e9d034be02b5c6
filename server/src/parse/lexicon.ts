/**
 * Word lists the heuristics lean on. Everything here is general English /
 * news-writing vocabulary: no list may hold a name or phrase taken from a
 * particular article (the parser has to work on any news text).
 */

const set = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

/** Verbs (as written) that introduce or attribute reported speech. */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell telling added adds adding explained explains explaining
  insisted insists insisting replied replies replying asked asks asking noted notes noting
  warned warns warning wrote writes writing stated states stating argued argues arguing
  claimed claims claiming continued continues continuing called calls calling described describes
  describing urged urges urging vowed vows pledged pledges promised promises admitted admits
  acknowledged acknowledges announced announces declared declares stressed stresses
  emphasised emphasized emphasises emphasizes maintained maintains suggested suggests remarked
  remarks recalled recalls commented comments responded responds conceded concedes cautioned
  cautions predicted predicts posted posts tweeted tweets confirmed confirms revealed reveals
  reiterated reiterates complained complains lamented laments joked jokes quipped quips
  shouted shouts whispered whispers testified testifies observed observes concluded concludes
  boasted boasts mused muses exclaimed exclaims hinted hints contended contends countered
  counters alleged alleges denied denies repeated repeats answered answers
  assured assures told reported reports recounted recounts conceded wondered wonders
  informed informs spoke speaks reacted reacts talked
  proclaimed proclaims announced affirmed affirms asserted asserts underlined underlines
  highlighted highlights characterised characterized labelled labeled dubbed termed
  accused accuses dismissed dismisses rejected rejects criticised criticized criticises criticizes
  praised praises condemned condemns hailed hails branded slammed slams blasted
  welcomed welcomes mocked mocks ridiculed defended questioned
  challenged chanted sang sings pleaded pleads begged begs demanded
  recommended accepted acknowledged thanked apologised apologized
  denounced denounces texted emailed messaged wrote screamed yelled cried sighed snapped added stressed
  reads reasoned reasons elaborated elaborates clarified clarifies expressed expresses
`);

/** Words that may sit between a subject and its speech verb ("he also said"). */
export const ADVERBS_BETWEEN = set(`
  also later then again once recently previously repeatedly further separately earlier
  has had have was is would will did does had has been simply just still only even
  quickly flatly openly publicly privately bluntly firmly calmly angrily quietly
  subsequently afterwards additionally reportedly allegedly
`);

export const PRONOUNS_SUBJECT = set('he she they');

/** Honorifics that are dropped from a name rather than kept as a role. */
export const HONORIFICS = set('mr mrs ms miss mx dr prof sir dame lord lady rev fr madam mister mme mlle');

/** Nouns that name a function/office: the head of a role ("the minister"). */
export const ROLE_HEADS = set(`
  president minister secretary senator governor mayor chancellor king queen prince princess
  pope general colonel captain lieutenant sergeant commander admiral marshal major chief
  director chairman chairwoman chairperson chair ceo cfo coo cto spokesman spokeswoman
  spokesperson ambassador envoy judge justice attorney prosecutor sheriff officer inspector
  detective coach manager striker midfielder defender goalkeeper forward winger player
  representative congressman congresswoman lawmaker legislator mp mep premier leader
  founder cofounder co-founder executive head editor professor doctor nurse pastor bishop
  archbishop cardinal rabbi imam cleric ayatollah emir sultan sheikh commissioner councillor
  councilor councilman councilwoman speaker adviser advisor aide analyst economist
  researcher scientist author writer actor actress singer rapper star presenter host
  anchor correspondent reporter journalist columnist historian lawyer barrister solicitor
  spokesperson negotiator diplomat superintendent constable commandant governor-general
  treasurer comptroller administrator director-general secretary-general chairman
  owner boss president-elect candidate nominee strategist consultant pollster surgeon
  physician psychologist veteran activist campaigner organiser organizer economist
  principal headteacher dean provost rector vice-chancellor chaplain priest monk nun
  emperor empress duke duchess earl baron baroness mufti patriarch metropolitan
  headmaster headmistress referee umpire quarterback pitcher batsman bowler jockey
  driver rider captain skipper chef designer architect engineer trainer
  resident parent teacher schoolteacher student pupil worker shopkeeper farmer fisherman
  neighbour neighbor witness survivor victim volunteer passenger commuter homeowner tenant
  retiree pensioner grandmother grandfather businessman businesswoman entrepreneur
  climber guide paramedic firefighter soldier lecturer musician artist filmmaker producer
  novelist poet photographer athlete critic mediator negotiator co-leader organiser
  campaigner protester protestor shopper customer patient midwife carer caregiver
  sen rep gov gen lt col sgt capt cpl det insp supt cmdr adm maj pres amb atty
  centre-back center-back full-back fullback playmaker forward keeper manager boss
  inspector constable officer councillor alderman trustee governor chairman
  composer cinematographer conductor dancer comedian broadcaster lyricist screenwriter
  airman seaman sailor specialist private corporal mate boatswain ensign trooper gunner
  bandsman technician maintainer controlman undersecretary spc pfc pvt cpt brig cwo sfc ens
  democrat republican astronaut curator defendant agent member publisher magistrate
  investigator coordinator supervisor instructor rapporteur ombudsman ombudsperson counsel
  lcpl ssgt gysgt msgt sgtmaj ltcol
`);

/**
 * Family relations: not offices (never a title before a capitalised name on
 * their own), but after a possessive ("his wife", "the couple's son") they
 * are how a story introduces a relative.
 */
export const KIN_NOUNS = set(`
  wife husband son daughter child mother father brother sister girlfriend boyfriend
  partner fiance fiancee fiancé fiancée widow widower stepson stepdaughter stepfather stepmother
  grandson granddaughter grandmother grandfather niece nephew cousin uncle aunt sibling twin baby
`);

/** Abbreviated titles and the role head they stand for. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'],
  ['lt', 'lieutenant'], ['col', 'colonel'], ['sgt', 'sergeant'], ['capt', 'captain'],
  ['cpl', 'corporal'], ['det', 'detective'], ['insp', 'inspector'], ['supt', 'superintendent'],
  ['cmdr', 'commander'], ['adm', 'admiral'], ['maj', 'major'], ['pres', 'president'],
  ['amb', 'ambassador'], ['atty', 'attorney'], ['prof', 'professor'], ['dr', 'doctor'],
  ['spc', 'specialist'], ['pfc', 'private'], ['pvt', 'private'], ['cpt', 'captain'],
  ['brig', 'brigadier'], ['cwo', 'officer'], ['sfc', 'sergeant'], ['ens', 'ensign'], ['tech', 'technical'],
  // The Marine Corps writes its grades run together.
  ['lcpl', 'corporal'], ['ssgt', 'sergeant'], ['gysgt', 'sergeant'], ['msgt', 'sergeant'], ['sgtmaj', 'sergeant'], ['ltcol', 'colonel'],
]);

/** Modifiers that change which office a role denotes ("Vice President" ≠ "President"). */
export const RANK_MODIFIERS = set(`
  vice deputy prime former ex acting interim assistant associate co under lieutenant
  first second junior outgoing incoming late honorary
  class warrant petty lance staff master command brigadier ranking
`);

/** Words that narrow a role without changing its rank ("Foreign Minister", "head coach"). */
export const ROLE_MODIFIERS = set(`
  foreign defence defense interior finance health education justice trade economy economic
  energy environment environmental transport transportation labour labor home security
  national state federal regional local public military army navy police party opposition
  majority minority senate house supreme high district county city press communications
  intelligence legal political senior top treasury agriculture culture sports tourism
  information development affairs international human rights chief head general main
  managing executive operating financial technology technical attorney solicitor
  medical scientific editorial creative artistic sporting assistant principal lead
  white of the for and defence
`);

/** Nationalities, demonyms and similar adjectives that belong to a role, not a name. */
export const NATIONALITIES = set(`
  afghan albanian algerian american andorran angolan argentine argentinian armenian
  australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian
  brazilian british bulgarian burmese burundian cambodian cameroonian canadian chadian
  chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian
  egyptian emirati english eritrean estonian ethiopian european filipino finnish french
  gabonese georgian german ghanaian greek guatemalan guinean haitian honduran hungarian
  icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican
  japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese
  liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian
  malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican
  namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani
  palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian
  rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali
  african asian arab arabic latin nordic balkan baltic caribbean
  spanish sri sudanese swedish swiss syrian taiwanese tajik tanzanian thai togolese
  tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese
  welsh yemeni zambian zimbabwean kurdish persian pashtun tamil sikh hindu muslim
  jewish christian catholic protestant orthodox sunni shia shiite israeli-american
  us u.s uk u.k eu un
`);

/** Capitalised words that mark an organisation, outlet, team, building or event. */
export const ORG_CUES = set(`
  party parties force forces ministry council university inc incorporated news times fc hospital army
  brigades brigade front movement agency union court post journal press company co corp
  corporation group bank institute institution foundation association committee commission
  department office center centre school college church league club united city airlines
  airways motors holdings capital partners fund funds organization organisation nations watch
  guard guards police service services authority board assembly parliament congress senate
  house network radio tv television channel magazine herald tribune gazette daily weekly
  review observer telegraph express mail chronicle bulletin trust society museum library
  stadium arena square street road avenue tower building palace airport
  station harbour harbor island islands mountain mountains river lake sea ocean gulf bay
  valley desert strip coast province region district county republic kingdom empire
  federation emirates festival cup championship championships olympics games award awards
  prize week war revolution operation act bill treaty accord accords agreement summit
  conference forum initiative project program programme plan hurricane storm typhoon
  cyclone tornado virus disease syndrome index exchange market battalion regiment division
  corps command navy marines militia jihad labs technologies technology systems software
  wing squadron fleet detachment platoon bureau section troop
  observatory telescope satellite spacecraft rover experiment monitor instrument
  survey communications machines assessment masjid
  pharmaceuticals energy oil gas electric studios pictures records entertainment media
  broadcasting sports health healthcare clinic medical care ltd llc plc gmbh sa ag
  administration government cabinet secretariat directorate ministries embassy consulate
  mission alliance coalition council federation confederation tribunal prison jail
  academy cathedral mosque temple synagogue hotel restaurant mall bridge port
  affairs relations rights defense defence security intelligence state states
  international national global world worldwide foundation institute laboratories
  airlines express reuters bloomberg politico axios press wire agency associated
  team squad squadron fleet unit platoon detachment element protection enforcement operations investigations laboratory lab
  gallery theatre theater orchestra band choir zoo reserve facility plant factory
  mine refinery pipeline highway motorway railway lines metro
  financial securities bancorp insurance investments advisors advisory consulting solutions
  logistics industries enterprises ventures brands foods pharma therapeutics biotech robotics
  aerospace dynamics relief aid charities rovers athletic wanderers lane drive crescent terrace
  boulevard parkway infirmary elementary academy
  squadron squadrons platoon detachment fleet
  base barracks airfield garrison outpost
  partnership branch tribe tribes nation
  centers centres organizations organisations associations universities institutes foundations
  commissions committees authorities agencies institutions federations councils departments
`);

/**
 * Military and similar installations, and operations: the name after one
 * ("Base Harrow", "Camp Linden", "Operation Desert Lance") is the place's or the operation's.
 */
export const INSTALLATIONS = set('base barracks airfield garrison outpost camp fort operation uss usns hms hmas hmcs hmnzs');

/** Words that mark a place rather than a person when inside a capitalised run. */
export const PLACE_FIRST_WORDS = set(`
  new north south east west northern southern eastern western central upper lower
  san santa los las saint st fort port mount lake cape tel camp
`);

/**
 * Countries, continents, regions and US states, plus words that only occur in
 * multi-word place names: a capitalised run containing one is a place.
 */
export const PLACES = set(`
  afghanistan albania algeria america americas andorra angola argentina armenia australia austria
  azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria
  burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus
  czechia denmark ecuador egypt england eritrea estonia ethiopia europe finland france
  gabon georgia germany ghana greece guatemala guinea haiti honduras hungary iceland
  india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
  korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg
  macedonia madagascar malawi malaysia maldives mali malta mauritania mexico moldova
  mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua
  niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda arabia scotland senegal serbia singapore slovakia
  slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania
  thailand togo tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela
  vietnam wales yemen zambia zimbabwe zealand lanka leone rica salvador faso
  africa asia antarctica oceania caribbean balkans scandinavia arctic atlantic pacific
  mediterranean middle eurasia kong aires aviv angeles francisco dhabi lumpur
  california texas florida ohio michigan virginia carolina dakota jersey massachusetts
  pennsylvania illinois arizona nevada oregon utah colorado alabama alaska hawaii
  kentucky tennessee louisiana mississippi missouri iowa kansas nebraska oklahoma
  wisconsin minnesota indiana maryland delaware vermont maine idaho montana wyoming
  connecticut arkansas
`);

/** Places that are also common personal names: a place only when they lead the run. */
export const WEAK_PLACES = set(`
  washington jordan georgia chad israel paris virginia houston dallas phoenix carolina khan
  india austin lincoln jackson sydney dakota montana kent
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Feasts and holidays: a name opening with one ("since Christmas Eve", "Easter Sunday") is a day's, not a person's. */
export const HOLIDAYS = set('christmas easter thanksgiving halloween hanukkah passover ramadan diwali pentecost');

/**
 * Function words and frequent sentence-initial words: a capitalised run never
 * starts with one of these as part of a name.
 */
export const STOPWORDS = set(`
  the a an this that these those when while after before despite although though but and
  or so yet if as at in on for from with by of to meanwhile however still also then now
  here there his her their its our my your we i he she they it you me him us them
  yesterday today tomorrow tonight last next earlier later according during since until
  because unlike like under over among amid against about without within into onto upon
  through throughout across behind beyond near outside inside following including asked
  speaking writing one two three four five six seven eight nine ten several many some most
  all both each every other another such what which who whom whose where why how yes no
  not only even just more less much very really please thank thanks dear hello oh well
  instead indeed perhaps maybe nonetheless nevertheless moreover furthermore besides
  thus therefore hence overall finally first second third initially ultimately later
  elsewhere together again already always never often sometimes soon once is are was were
  be been being do does did have has had will would shall should can could may might must
  let lets let's it's that's there's here's we're they're i'm i've we've you're don't
  can't won't didn't isn't aren't wasn't weren't hasn't haven't hadn't breaking update
  updated photo video watch live exclusive analysis opinion editorial report
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Common English words: a run made only of these is not a name ("Breaking News Alert"). */
export const COMMON_WORDS = set(`
  time year people way day man woman thing world life hand part child eye place work week
  case point number group problem fact home water room mother area money story month lot
  right study book job word business issue side kind head house service friend father
  power hour game line end member law car city community name team minute idea kid body
  information back parent face others level office door health person art war history
  party result change morning reason research girl guy moment air teacher force education
  foot boy age policy music market sense nation plan college interest death experience
  effect use class control care field development role effort rate heart drug show
  leader light voice wife police mind price report decision son view relationship town
  road arm difference value building action model season society tax director position
  player record paper space ground form event official matter center couple site project
  activity star table need court oil situation cost industry figure street image phone data
  picture practice piece land product doctor wall patient worker news test movie north
  love support technology step baby computer type attention film tree source organization
  hair window evidence population truth south east west global local national public
  crisis attack attacks
  plan plans talks peace aid fighting strike strikes ceasefire
  breaking latest live update updates new old big small great good bad best worst high low
  top full open free final first last next early late major key main real true
  special general common total whole key political economic social military human
  financial federal central international foreign domestic security defence defense
  why how what who when where which whose
`);

/** Words that end an outlet name or are outlets on their own. */
export const OUTLET_CUES = set(`
  news times post journal press reuters radio tv television network herald tribune gazette
  guardian telegraph magazine daily wire agency broadcasting channel today chronicle
  observer examiner independent express mail insider politico axios bloomberg afp ap
  upi cnn bbc cbs abc fox msnbc npr pbs sky euronews aljazeera jazeera
  monitor standard star sun mirror review report weekly sentinel dispatch bulletin
  record register inquirer courier enquirer statesman economist atlantic newsweek
  time online digest today
`);

/** Name particles allowed inside a personal name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = set('de da di del della dos das du van von der den la le bin bint ibn al el ter ten');

/** Prepositions after which a mention is an object, not a subject. */
export const PREPOSITIONS = set(`
  with to by from for about of against at on in than like toward towards via including
  into onto upon among between beside behind under over after before without within
  alongside amid amidst despite unlike beyond near throughout
`);

/** Small words allowed in lower case inside a Title-Case heading or title. */
export const TITLE_SMALL_WORDS = set(`
  a an the and or but nor of in on at to for with by from as vs via into over per so yet up
  off out is are be its it's than that this
`);

export const COORDINATORS = set('and but yet or while though although whereas');

/** Words that open an unnamed subject ("a spokesman said", "one official said"). */
export const INDEFINITE_OPENERS = set('a an one another this');

/** Words that frame a statement ("issued the following statement", "in a release"). */
export const STATEMENT_WORDS = set('statement statements release remarks speech');

/**
 * One bit per word list above. A word form's bits are worked out once per
 * document vocabulary entry (WordForm.lex), so the heuristics test a token
 * against a list with a mask instead of a string-keyed set look-up.
 */
export const LEX_STOPWORD = 1 << 0;
export const LEX_ROLE_HEAD = 1 << 1;
export const LEX_RANK_MODIFIER = 1 << 2;
export const LEX_ROLE_MODIFIER = 1 << 3;
export const LEX_HONORIFIC = 1 << 4;
export const LEX_NATIONALITY = 1 << 5;
export const LEX_NAME_PARTICLE = 1 << 6;
export const LEX_ORG_CUE = 1 << 7;
export const LEX_PLACE = 1 << 8;
export const LEX_WEAK_PLACE = 1 << 9;
export const LEX_PLACE_FIRST_WORD = 1 << 10;
export const LEX_COMMON_WORD = 1 << 11;
export const LEX_MONTH = 1 << 12;
export const LEX_STATEMENT_WORD = 1 << 13;
export const LEX_SPEECH_VERB = 1 << 14;
export const LEX_PREPOSITION = 1 << 15;
export const LEX_PRONOUN_SUBJECT = 1 << 16;
export const LEX_ADVERB_BETWEEN = 1 << 17;
export const LEX_COORDINATOR = 1 << 18;
export const LEX_ROLE_ABBREVIATION = 1 << 19;
export const LEX_INDEFINITE_OPENER = 1 << 20;
/** Any word that belongs to a role rather than a name (people.ts isRoleWord). */
export const LEX_ROLE_WORD = LEX_ROLE_HEAD | LEX_RANK_MODIFIER | LEX_ROLE_MODIFIER | LEX_HONORIFIC | LEX_NATIONALITY;

const LEX_LISTS: ReadonlyArray<readonly [{ has(word: string): boolean }, number]> = [
  [STOPWORDS, LEX_STOPWORD],
  [ROLE_HEADS, LEX_ROLE_HEAD],
  [RANK_MODIFIERS, LEX_RANK_MODIFIER],
  [ROLE_MODIFIERS, LEX_ROLE_MODIFIER],
  [HONORIFICS, LEX_HONORIFIC],
  [NATIONALITIES, LEX_NATIONALITY],
  [NAME_PARTICLES, LEX_NAME_PARTICLE],
  [ORG_CUES, LEX_ORG_CUE],
  [PLACES, LEX_PLACE],
  [WEAK_PLACES, LEX_WEAK_PLACE],
  [PLACE_FIRST_WORDS, LEX_PLACE_FIRST_WORD],
  [COMMON_WORDS, LEX_COMMON_WORD],
  [MONTHS, LEX_MONTH],
  [STATEMENT_WORDS, LEX_STATEMENT_WORD],
  [SPEECH_VERBS, LEX_SPEECH_VERB],
  [PREPOSITIONS, LEX_PREPOSITION],
  [PRONOUNS_SUBJECT, LEX_PRONOUN_SUBJECT],
  [ADVERBS_BETWEEN, LEX_ADVERB_BETWEEN],
  [COORDINATORS, LEX_COORDINATOR],
  [ROLE_ABBREVIATIONS, LEX_ROLE_ABBREVIATION],
  [INDEFINITE_OPENERS, LEX_INDEFINITE_OPENER],
];

/** The LEX_ bits of a lower-case word: the lists above that hold it. */
export function lexiconBits(lower: string): number {
  let bits = 0;
  for (const [list, bit] of LEX_LISTS) if (list.has(lower)) bits |= bit;
  // "Senators Jo Bloggs and …": a plural office before names is a role too.
  if ((bits & LEX_ROLE_HEAD) === 0 && lower.length > 5 && lower.endsWith('s') && ROLE_HEADS.has(lower.slice(0, -1))) bits |= LEX_ROLE_HEAD;
  if ((bits & LEX_ROLE_HEAD) === 0 && (isCompoundOffice(lower) || isMemberNoun(lower))) bits |= LEX_ROLE_HEAD;
  // "Kenyans", "Canadians": a people in the plural is no one's name.
  if ((bits & LEX_NATIONALITY) === 0 && lower.length > 5 && lower.endsWith('s') && NATIONALITIES.has(lower.slice(0, -1))) bits |= LEX_NATIONALITY;
  return bits;
}

/** "assemblywoman", "committeeman", "selectperson": a member of a body the organisation list knows. */
function isMemberNoun(lower: string): boolean {
  const m = /^([a-z]{4,}?)(?:woman|man|person)$/.exec(lower);
  return m !== null && ORG_CUES.has(m[1]!);
}

/** What an office takes after a hyphen: "Commander-in-Chief", "Director-in-Charge", "Mayor-elect", "Member-at-large". */
const OFFICE_TAILS = set('in-chief in-charge elect designate at-large at-arms general');

/** "editor-in-chief", "governor-elect", "co-chair": an office head joined to a tail, or a "co-" prefix, that leaves it an office. */
function isCompoundOffice(lower: string): boolean {
  const dash = lower.indexOf('-');
  if (dash === 2 && lower.startsWith('co')) return ROLE_HEADS.has(lower.slice(3));
  return dash > 0 && ROLE_HEADS.has(lower.slice(0, dash)) && OFFICE_TAILS.has(lower.slice(dash + 1));
}
