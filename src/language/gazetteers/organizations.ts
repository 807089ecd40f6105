// Widely reported organisations whose names carry no organisation head word ("Reuters", "Boeing", "NATO").
// A general list of the largest international bodies, government agencies, companies and news outlets.
export const ORGANIZATIONS: readonly string[] = [
  // International and intergovernmental bodies
  'United Nations', 'UN', 'U.N.', 'NATO', 'European Union', 'EU', 'E.U.', 'European Commission', 'Eurogroup', 'IMF',
  'World Bank', 'WTO', 'WHO', 'UNESCO', 'UNICEF', 'UNHCR', 'OPEC', 'OECD', 'ASEAN', 'African Union', 'Arab League',
  'G7', 'G8', 'G20', 'Interpol', 'Europol', 'Red Cross', 'Red Crescent', 'Amnesty International', 'Human Rights Watch',
  'Greenpeace', 'Oxfam', 'FIFA', 'UEFA', 'IOC', 'Hamas', 'Hezbollah', 'Taliban', 'al-Qaeda', 'Al Qaeda', 'ISIS',
  'Islamic State', 'Mercosur', 'IAEA', 'ICC', 'Reporters Without Borders', 'Doctors Without Borders',
  'Médecins Sans Frontières', 'Transparency International', 'Freedom House', 'Global Witness',
  // Government bodies often written without a head word
  'Pentagon', 'Kremlin', 'FBI', 'CIA', 'NSA', 'NASA', 'SEC', 'FDA', 'EPA', 'IRS', 'FTC', 'FCC', 'FAA', 'NTSB', 'DEA',
  'ATF', 'GAO', 'Federal Reserve', 'Fed', 'Congress', 'Senate', 'Scotland Yard', 'Bundestag', 'Duma', 'Knesset',
  'Downing Street', 'Bundesbank', 'MI5', 'MI6', 'NHS', 'RAF', 'USAF', 'Air Force', 'Marine Corps',
  // Companies
  'Apple', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'Facebook', 'Meta', 'Twitter', 'Netflix', 'IBM', 'Intel',
  'AMD', 'Nvidia', 'Qualcomm', 'Cisco', 'Oracle', 'Dell', 'HP', 'Hewlett-Packard', 'Xerox', 'Yahoo', 'eBay', 'PayPal',
  'Uber', 'Tesla', 'SpaceX', 'Samsung', 'Sony', 'Panasonic', 'Toshiba', 'Hitachi', 'Nintendo', 'Nokia', 'Ericsson',
  'Siemens', 'Philips', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Lenovo', 'Foxconn', 'LG',
  'Toyota', 'Honda', 'Nissan', 'Mitsubishi', 'Mazda', 'Subaru', 'Suzuki', 'Hyundai', 'Kia', 'Ford', 'General Motors',
  'GM', 'Chrysler', 'Fiat', 'Volkswagen', 'VW', 'BMW', 'Daimler', 'DaimlerChrysler', 'Mercedes-Benz', 'Porsche', 'Audi',
  'Renault', 'Peugeot', 'Citroen', 'Volvo', 'Saab', 'Opel', 'Jaguar', 'Land Rover', 'Ferrari',
  'Boeing', 'Airbus', 'EADS', 'Lockheed Martin', 'Northrop Grumman', 'Raytheon', 'BAE Systems', 'Embraer',
  'Bombardier', 'Rolls-Royce', 'General Electric', 'GE', 'Halliburton',
  'Exxon', 'ExxonMobil', 'Exxon Mobil', 'Chevron', 'Shell', 'Royal Dutch Shell', 'BP', 'Gazprom', 'Rosneft',
  'Aramco', 'Saudi Aramco', 'Petrobras', 'Lukoil', 'TotalEnergies',
  'Walmart', 'Wal-Mart', 'Target', 'Costco', 'Best Buy', 'Tesco', 'Carrefour', 'IKEA', 'McDonald\'s', 'Starbucks',
  'Coca-Cola', 'PepsiCo', 'Pepsi', 'Nestle', 'Nestlé', 'Unilever', 'Procter & Gamble', 'Johnson & Johnson', 'Pfizer',
  'Merck', 'Novartis', 'Roche', 'GlaxoSmithKline', 'AstraZeneca', 'Bayer', 'Moderna', 'Disney', 'Walt Disney',
  'Time Warner', 'Comcast', 'Verizon', 'AT&T', 'Vodafone', 'Deutsche Telekom',
  'Goldman Sachs', 'JPMorgan', 'JPMorgan Chase', 'J.P. Morgan', 'Morgan Stanley', 'Citigroup', 'Citibank', 'Citi',
  'Wells Fargo', 'Merrill Lynch', 'Lehman Brothers', 'Bear Stearns', 'AIG', 'HSBC', 'Barclays', 'UBS',
  'Credit Suisse', 'Deutsche Bank', 'BNP Paribas', 'Santander', 'Fannie Mae', 'Freddie Mac', 'Berkshire Hathaway',
  'BlackRock', 'Visa', 'Mastercard', 'American Express',
  'Lufthansa', 'Ryanair', 'easyJet', 'Aeroflot', 'Qantas', 'Emirates', 'KLM', 'Air France', 'Air China', 'Air India',
  'Air Canada', 'United Airlines', 'Delta Air Lines', 'American Airlines', 'Singapore Airlines', 'Cathay Pacific',
  // News organisations
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Xinhua', 'BBC', 'CNN', 'Fox News', 'NBC',
  'CBS', 'ABC', 'NPR', 'PBS', 'Al Jazeera', 'Bloomberg', 'New York Times', 'Washington Post',
  'Wall Street Journal', 'Financial Times', 'The Economist', 'Der Spiegel', 'Le Monde', 'Wikinews', 'Wikipedia',
  'Voice of America', 'VOA', 'Radio Free Asia', 'Interfax', 'TASS', 'Kyodo', 'Yonhap',
];

/** Words that may follow a known organisation's name and still name it ("Apple Computer", "Ford Motor Company"). */
export const ORGANIZATION_EXTENSIONS: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG',
  'SA', 'S.A.', 'SpA', 'NV', 'N.V.', 'GmbH', 'Group', 'Holdings', 'Holding', 'Motor', 'Motors', 'Computer',
  'Computers', 'Airlines', 'Airways', 'Aircraft', 'Systems', 'International', 'Technologies', 'Industries',
];

/** Corporate endings that close an organisation's name: "Chrysler LLC Jim Press" is a firm, then a person. */
export const LEGAL_ENDINGS: readonly string[] = ['Inc', 'LLC', 'Ltd', 'Corp', 'PLC', 'plc', 'SpA', 'AG', 'GmbH', 'NV', 'SA'];
