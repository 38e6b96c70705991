/**
 * Default allow-list: organisations, places and conditions named after people, never
 * masked as PERSON. Staff can edit their own copy (the engine takes `allowList` as an
 * option); this is what ships. Matching ignores case, curly or straight apostrophes,
 * and a trailing possessive, so "Guy's", "guys" and "GUY'S" all match "Guy's".
 * Compiled by the Verbatim developers from general knowledge (see README.md).
 */
export const DEFAULT_ALLOW_LIST: readonly string[] = [
  // Days named after no one ("Christmas Eve" is not a woman called Eve)
  "Christmas Eve", "New Year's Eve", "New Years Eve", "Hogmanay",
  // Hospitals, hospices and clinics
  "St Mary's", "St Thomas'", "St Thomas's", "Guy's", "Guy's and St Thomas'", "King's", "King's College Hospital",
  "St George's", "St Bartholomew's", "Barts", "St Pancras", "St Charles", "St Ann's", "St Luke's", "St Helier",
  "St Christopher's", "St Joseph's", "St John's", "St Giles", "St Andrew's", "St Margaret's", "St Clement's",
  "St Bernard's", "St Mungo's", "St Columba's", "St Raphael's", "St Francis", "St Elizabeth", "Princess Royal",
  "Princess Alexandra", "Princess Grace", "Queen Elizabeth", "Queen Mary's", "Queen Charlotte's", "Queen's Hospital",
  "King Edward VII's", "King Edward VII", "King George", "King George's", "Royal London", "Royal Free", "Royal Marsden",
  "Royal Brompton", "Harefield", "Whittington", "Homerton", "Maudsley", "Bethlem", "Moorfields", "Great Ormond Street",
  "GOSH", "Evelina London", "Evelina Children's", "Chelsea and Westminster", "Chelsea & Westminster", "Charing Cross", "Central Middlesex",
  "North Middlesex", "Northwick Park", "Chase Farm", "Whipps Cross", "Lister Hospital", "Florence Nightingale", "Nightingale Hospital",
  "Mary Seacole", "Mildmay", "Trinity Hospice", "Marie Curie", "Sue Ryder", "Macmillan", "Maggie's", "Addenbrooke's",
  "Papworth", "Stoke Mandeville", "John Radcliffe", "Nuffield", "Bupa", "Priory", "Cromwell Hospital",
  "Wellington Hospital", "Harley Street", "Tavistock", "Tavistock and Portman", "Eastman", "Eastman Dental",
  "Mortimer Market", "Dean Street", "56 Dean Street", "Western Eye", "Royal National Orthopaedic", "Royal National ENT",
  "Tommy's", "Ronald McDonald House", "Shooting Star", "Teenage Cancer Trust", "Darent Valley", "Springfield Hospital",
  "Jimmy's", "Gordon Hospital", "Finchley Memorial", "Edgware Community Hospital", "Kingston Hospital", "Mayday", "Frimley",
  "Lambeth Hospital", "Ladywell Unit", "Newham General", "Queen Elizabeth Woolwich", "Sutton Hospital", "Epsom Hospital",
  // Shops, pharmacies and opticians
  "Boots", "Lloyds", "Lloyds Pharmacy", "LloydsPharmacy", "Superdrug", "Specsavers", "Vision Express", "Sainsbury's",
  "Tesco", "Asda", "Morrisons", "Waitrose", "Marks and Spencer", "Marks & Spencer", "M&S", "Holland and Barrett",
  "Holland & Barrett", "John Lewis", "Harrods", "Selfridges", "McDonald's", "Nando's", "Greggs", "Wilko",
  // Charities and services
  "Mind", "Age UK", "Mencap", "Scope", "Samaritans", "Barnardo's", "Citizens Advice", "Shelter", "Thomas Pocklington",
  "Leonard Cheshire", "Cruse Bereavement", "Headway", "Admiral Nurses", "Admiral nurse", "Alzheimer's Society", "Parkinson's UK",
  "Carers Trust", "Young Carers", "Young Carers Service", "Turning Point", "Change Grow Live", "Healthwatch", "Healthwatch England",
  // Conditions and tests named after people
  "Parkinson's", "Parkinsons", "Alzheimer's", "Alzheimers", "Crohn's", "Crohns", "Down's", "Down's syndrome",
  "Downs syndrome", "Down syndrome", "Asperger's", "Aspergers", "Asperger", "Huntington's", "Hodgkin's",
  "non-Hodgkin's", "Tourette's", "Tourettes", "Bell's palsy", "Raynaud's", "Addison's", "Cushing's", "Graves'",
  "Graves' disease", "Hashimoto's", "Guillain-Barré", "Guillain-Barre", "Ehlers-Danlos", "Ménière's", "Meniere's",
  "Sjögren's", "Sjogren's", "Paget's", "Perthes", "Kawasaki", "Lyme", "Lyme disease", "Creutzfeldt-Jakob", "Munchausen",
  "Wilson's disease", "Duchenne", "Marfan", "Marfan syndrome", "Klinefelter", "Turner syndrome", "Angelman",
  "Prader-Willi", "Williams syndrome", "Kaposi", "Barrett's", "Baker's cyst", "Dupuytren's", "Osgood-Schlatter",
  "Still's disease", "Behçet's", "Behcet's", "Hirschsprung's", "Legionnaires'", "Tay-Sachs", "Fallot",
  "Wolff-Parkinson-White", "Charcot", "Achilles", "Caesarean", "Apgar", "Heimlich", "Glasgow Coma Scale", "Epley",
  "Pilates", "Lewy body", "Lewy bodies", "Pick's disease", "Korsakoff's", "Rett syndrome", "Epstein-Barr",
  "Stevens-Johnson", "Gilbert's syndrome", "Addison's disease", "Cushing's syndrome", "Alport", "Bowen's disease",
  "Sjögren's syndrome", "Reiter's", "Braxton Hicks", "Doppler",
];
