// Continents, world regions, US states and often-reported territories, typed for this project.
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
  'Antarctica', 'Arctic', 'Middle East', 'Near East', 'Far East', 'Southeast Asia', 'South Asia', 'East Asia',
  'Central Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Sahel',
  'Horn of Africa', 'Balkans', 'Baltics', 'Caucasus', 'Caribbean', 'Scandinavia', 'Mediterranean', 'Gulf',
  'Persian Gulf', 'Pacific', 'Atlantic', 'Indian Ocean', 'South China Sea', 'Black Sea', 'Red Sea', 'Mekong',
  'West Bank', 'Gaza Strip', 'Golan Heights', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Siberia',
  'Kurdistan', 'Darfur', 'Catalonia', 'Bavaria', 'Quebec', 'Ontario', 'British Columbia', 'Alberta',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Midwest', 'New England',
  // The planet, as in "anywhere on Earth"
  'Earth',
  // Landmarks reported as places
  'White House', 'Capitol Hill', 'Silicon Valley', 'Wall Street', 'Red Square', 'Tiananmen Square',
];
