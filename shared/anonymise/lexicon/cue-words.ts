/**
 * Small closed word classes that the rules look for around a name. Written here, not in
 * resources/, because they are part of the rules rather than data staff would edit.
 */
const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** "Dr Okafor", "Nurse Pat", "Mrs D'Souza", "dr khan". */
export const TITLES = words(`
  dr doctor mr mrs ms miss mx mister nurse sister matron prof professor sir dame lord lady rev reverend imam rabbi pastor
  cllr councillor auntie aunty uncle madam sheikh father pc pcso dc ds dci sgt sergeant constable inspector
`);

/** Titles that also work written in lowercase before a lowercase name ("dr patel", "nurse bola"). */
export const LOWERCASE_TITLES = words('dr doctor mr mrs ms miss nurse');

/** "my son Tanvir", "her husband Abdul Karim Miah", "mother is Senait". */
export const KINSHIP = words(`
  son daughter husband wife partner mum mother mom mam mummy dad father daddy brother sister aunt auntie aunty uncle nan
  nana nanna nanny gran granny grandma grandmother grandmum grandad granddad grandpa grandfather grandson granddaughter
  grandchild nephew niece cousin boyfriend girlfriend fiance fiancee friend mate neighbour neighbor colleague carer baby
  stepson stepdaughter stepmum stepmother stepdad stepfather stepbrother stepsister son-in-law daughter-in-law
  mother-in-law father-in-law brother-in-law sister-in-law twin lodger flatmate housemate landlord landlady godson
  goddaughter godmother godfather bestie hubby spouse sibling toddler bro sis ex
  popo gunggung yeye nainai laolao laoye bapuji bapu baba dada dadi nana nani amma appa ammi abbu abba ammu thatha paati
  ajji nanay tatay lola lolo inay itay abuela abuelo abuelita abuelito babcia dziadek babushka dedushka nonna nonno oma opa
  yaya bibi bubbe zaide halmoni harabeoji mama papa tata mamusia dziadzia bunica bunicul avo avozinha vovo
  dtr dau gdtr gson gd bil sil mil fil
  amma-ji mata-ji pita-ji papa-ji mama-ji dada-ji dadi-ji nana-ji nani-ji bapu-ji bhai-ji didi-ji baba-ji maa-ji
  yiayia giagia papou pappou buwa aama ammamma ammachi appachan umma ummi dadima nanima
`);

/** Adjectives allowed between "my" and a kinship word ("my little brother", "my late husband"). */
export const KINSHIP_ADJECTIVES = words(`
  little big older younger elder eldest youngest oldest late baby new best dear disabled autistic elderly teenage adult
  twin step only other
`);

/** Jobs and other nouns for a person: "the receptionist, Kelly,", "Ray the porter". */
export const ROLES = words(`
  receptionist receptionists nurse nurses doctor doctors gp consultant surgeon registrar midwife midwives paramedic
  paramedics porter driver pharmacist chemist physio physiotherapist therapist psychiatrist psychologist counsellor
  counselor carer carers worker workers manager coordinator co-ordinator assistant hca adviser advisor officer dentist
  optician optometrist hygienist cleaner student matron volunteer interpreter translator navigator assessor specialist
  dietitian dietician podiatrist chiropodist radiographer sonographer phlebotomist technician clinician practitioner
  associate dispenser guard chaplain lead director administrator admin secretary teacher senco audiologist anaesthetist
  haematologist cardiologist oncologist paediatrician geriatrician neurologist dermatologist gynaecologist obstetrician
  urologist endocrinologist rheumatologist psychotherapist locum visitor man woman lady gentleman guy girl boy bloke chap
  fella housekeeper caretaker warden supervisor mentor keyworker operator handler responder medic resident client patient
  advocate solicitor inspector trainee apprentice sho cook chef sister nurse's doctor's practitioner physician surgeon's
  boss head deputy physios therapists porters drivers pharmacists consultants surgeons dentists cleaners volunteers
  visitors ladies men women gentlemen guys girls boys medics students assistants hcas managers officers staff pt pts caller
`);

/** Workplaces after "Grace on reception", "Bill at the Lloyds pharmacy", "Kirsty from the IBD team". */
export const WORKPLACES = words(`
  reception desk counter pharmacy surgery practice ward clinic unit team office hospital centre center agency switchboard
  hub department dept helpline phones phone line front chemist service home
`);

/** Verbs whose subject is a person: a capitalised unknown word or word-name before one is a name. */
export const PERSON_VERBS = words(`
  said says told tells rang rings phoned phones emailed texted came comes helped helps asked asks explained explains
  listened listens sorted sorts visited visits arrived arrives works worked knew knows gave gives took takes made looked
  treated treats smiled laughed cried went goes got gets saw sees did does always never also kept keeps stayed stays spent
  spoke speaks sat sits stood found noticed remembered remembers wrote writes promised agreed refused insisted apologised
  checked booked referred prescribed examined assessed diagnosed fought fixed fitted managed wants wanted loves loved
  drove drives picked brought brings organised arranged answered replied responded contacted messaged shouted ignored
  dismissed rushed waited sings sang deserves deserved has had was is
`);

/** Verbs after which a capitalised word is the person spoken to ("ask for Bisi", "spoke to Kelly"). */
export const INTERACTION_VERBS = words(`
  ask asked asking speak spoke speaking talk talked talking thank thanked thanks tell told meet met see saw seen phone
  phoned ring rang call called email emailed text texted message messaged contact contacted
`);

/** Words that introduce the speaker's own or someone's name: "I'm X", "name is X". */
export const NAME_INTRODUCERS = words('called named call calls nicknamed');

/** Street types: "14 Elgin Avenue", "Flat 3, 22 Harrow Road". */
export const STREET_SUFFIXES = words(`
  road rd street avenue ave lane ln close crescent cres gardens gdns square sq grove hill way place pl terrace tce drive
  court ct park row mews walk rise green vale parade yard gate mount wharf embankment broadway circus passage path view
  villas quay approach boulevard highway common grange chase croft dene fields meadow meadows orchard reach market
  estate mall
`);

/** Building types for named residences: "Torridon House", "Trellick Tower", "Willow Cottage". */
export const RESIDENCE_SUFFIXES = words(`
  house court tower towers mansions lodge cottage cottages estate buildings heights point block hall villas apartments
  flats manor farm barn gardens close place villa bungalow farmhouse rectory vicarage chalet forge stables granary oast schoolhouse manse
  wing building chambers
`);

/** Nouns that make a capitalised word before them part of a place or service name. */
export const FACILITY_NOUNS = words(`
  hospital hospitals surgery practice clinic centre center pharmacy chemist ward unit hospice trust council service
  services team station line school college university library church mosque temple gurdwara synagogue hall gym pool
  market office department foundation society group partnership network hub branch care homecare agency tube bus stop
  road street avenue lane borough area estate park bridge house court tower towers lodge institute medical health
  healthcare nursing charity association academy project programme llp ltd limited plc inc solicitors optometrists
  opticians associates chambers consultancy
`);

/** Words before which "Hope", "Victoria" or an unknown capitalised word is not a person. */
export const PLACE_PREPOSITIONS = words(`
  the a an in at from to near into via round around outside inside towards toward across through of on off past opposite
  behind beyond within between this these those some any no every each
`);

/** Determiners and similar before a kinship word ("my", "mum's"). */
export const POSSESSIVE_DETERMINERS = words("my her his our their your its mum's dad's mums dads whose");

/** Name particles inside multi-word names ("Ludwig van Beethoven", "Maria da Silva", "Maria do Céu", "Ana de la Cruz"). */
export const NAME_PARTICLES = words('van von de da das do dos del della delle dei degli di du der den la le las los bin binti bint binte ibn al el abu ter ten op zu af ap');

/** Words before a number and street that make it a home address. */
export const RESIDENCE_CUES = words(`
  live lives living lived address addresses flat home moved move moving post posted write send sent letters letter
  staying stay stays reside resides deliver delivered delivery registered block
`);

/** Verbs before "to/at 56 Dean Street" that make it a service's address, not a home. */
export const SERVICE_VISIT_VERBS = words(`
  went go goes going attend attended attending walked drove referred appointment clinic surgery practice centre
  service services pharmacy hospital adviser advisor based located
`);

export const MONTHS = words('january february march april may june july august september october november december');
/** "Date: Thu, 5 Mar", "in the office Mon-Wed", "since Jan": abbreviations read as months and weekdays. */
export const MONTH_ABBREVIATIONS = words('jan feb mar apr jun jul aug sep sept oct nov dec');
export const WEEKDAY_ABBREVIATIONS = words('mon tue tues wed weds thu thur thurs fri sat sun');
export const WEEKDAYS = words(`
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
`);
