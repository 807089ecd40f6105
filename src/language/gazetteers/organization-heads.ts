// Words that make a capitalised name an organisation when they are its head ("Interior Ministry", "Bank of Japan").
export const ORGANIZATION_HEADS: readonly string[] = [
  'Ministry', 'Department', 'Bank', 'Party', 'Council', 'Agency', 'Union', 'Corp', 'Corporation', 'Inc', 'Ltd',
  'LLC', 'PLC', 'Co', 'Company', 'Group', 'Holdings', 'Institute', 'University', 'College', 'School', 'Academy',
  'Committee', 'Commission', 'Court', 'Tribunal', 'Police', 'Army', 'Navy', 'Forces', 'Guard', 'Wire', 'Times',
  'News', 'Post', 'Journal', 'Herald', 'Tribune', 'Press', 'Gazette', 'Telegraph', 'Guardian', 'Radio', 'Television',
  'Association', 'Federation', 'Foundation', 'Fund', 'Organization', 'Organisation', 'Office', 'Authority', 'Bureau',
  'Board', 'Service', 'Services', 'Assembly', 'Parliament', 'Congress', 'Senate', 'Cabinet', 'Government',
  'League', 'Alliance', 'Front', 'Movement', 'Coalition', 'Network', 'Society', 'Church', 'Club', 'Airlines',
  'Airways', 'Motors', 'Industries', 'Systems', 'Technologies', 'Labs', 'Center', 'Centre', 'Hospital', 'Secretariat',
  'Exchange', 'Reserve', 'Treasury', 'Watch', 'International', 'Brigade', 'Battalion', 'Command', 'Corps',
  'Aircraft', 'Airplanes', 'Aerospace', 'Automotive', 'Pharmaceuticals', 'Bancorp', 'Capital', 'Partners', 'Ventures',
  // Armed services and corporate endings of other countries ("US Air Force", "Fiat Group SpA", "EADS NV")
  'Force', 'NV', 'SpA', 'AG', 'GmbH', 'plc',
];

/** Organisation heads that are also common surnames: after a given name they make a person ("Jim Press"). */
export const SURNAME_HEADS: readonly string[] = [
  'Press', 'Bank', 'Post', 'Court', 'Church', 'Guard', 'Board', 'Fund', 'Watch', 'Front', 'Times', 'Union', 'Service',
  'Office', 'Capital',
];
