// Titles and roles written before a person's name; they type the name as a person and are not part of it.
export const PERSON_TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Secretary', 'Senator', 'Sen',
  'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Gov', 'Governor', 'Mayor', 'Chancellor', 'Ambassador',
  'General', 'Gen', 'Colonel', 'Col', 'Lieutenant', 'Lt', 'Major', 'Maj', 'Captain', 'Capt', 'Admiral', 'Adm',
  'Sergeant', 'Sgt', 'Commander', 'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh',
  'Rev', 'Reverend', 'Father', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Chairman', 'Chairwoman', 'Chair', 'Speaker',
  'Councillor', 'Councilor', 'Councilman', 'Councilwoman', 'Commissioner', 'Inspector', 'Detective', 'Officer',
  'Chief', 'Director', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Premier', 'Emir', 'Crown Prince', 'Samdech',
  'CEO', 'Chief Executive', 'Chief Executive Officer', 'Chief Operating Officer', 'Chief Financial Officer',
  'Vice Chairman', 'Managing Director', 'Secretary-General', 'Secretary General', 'Attorney General', 'Press Secretary',
  'Presiding Judge', 'Deputy', 'Acting', 'Analyst', 'Economist', 'Founder', 'Co-founder', 'Chairperson', 'Coach',
  'Foreign Minister', 'Finance Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister', 'Ayatollah',
];

/** Lower-case role nouns that, written just before a name, mark a person ("opposition leader Kem Sokha"). */
export const ROLE_NOUNS: readonly string[] = [
  'president', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'ambassador', 'general', 'judge', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chief', 'professor', 'lawmaker',
  'analyst', 'economist', 'researcher', 'lawyer', 'attorney', 'activist', 'candidate', 'commander', 'official',
  'founder', 'executive', 'reporter', 'correspondent', 'councillor', 'premier', 'envoy', 'coach', 'manager',
  'co-founder', 'chairperson', 'head', 'deputy', 'adviser', 'advisor', 'strategist', 'professor', 'scientist', 'author',
  'actor', 'actress', 'singer', 'player', 'striker', 'goalkeeper', 'captain', 'ceo', 'cfo', 'president-elect', 'nominee',
  'colleague', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'businessman', 'businesswoman',
  'billionaire', 'investor', 'entrepreneur', 'banker', 'trader', 'diplomat', 'negotiator', 'prosecutor', 'detective',
  'inspector', 'sergeant', 'officer', 'novelist', 'journalist', 'editor', 'photographer', 'writer', 'designer', 'engineer',
];
