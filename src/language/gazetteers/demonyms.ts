// Adjectives of nationality and region ("German carmaker", "European markets"); they point at a place.
// Plural nouns for peoples ("Germans") are left out: they name people, not a place.
export const DEMONYMS: readonly string[] = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Angolan', 'Argentine', 'Argentinian', 'Armenian', 'Australian',
  'Austrian', 'Azerbaijani', 'Bahraini', 'Bangladeshi', 'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian',
  'British', 'Bulgarian', 'Burmese', 'Cambodian', 'Cameroonian', 'Canadian', 'Chilean', 'Chinese', 'Colombian',
  'Congolese', 'Croatian', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dutch', 'Ecuadorian', 'Egyptian', 'English',
  'Eritrean', 'Estonian', 'Ethiopian', 'Filipino', 'Finnish', 'French', 'Georgian', 'German', 'Ghanaian', 'Greek',
  'Guatemalan', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish',
  'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar',
  'Kuwaiti', 'Kyrgyz', 'Lao', 'Laotian', 'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian', 'Luxembourgish',
  'Macedonian', 'Malagasy', 'Malawian', 'Malaysian', 'Malian', 'Maltese', 'Mexican', 'Moldovan', 'Mongolian',
  'Montenegrin', 'Moroccan', 'Mozambican', 'Namibian', 'Nepalese', 'Nepali', 'Nicaraguan', 'Nigerian', 'Nigerien',
  'Norwegian', 'Omani', 'Pakistani', 'Palestinian', 'Panamanian', 'Paraguayan', 'Peruvian', 'Polish', 'Portuguese',
  'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Saudi', 'Scottish', 'Senegalese', 'Serbian', 'Singaporean',
  'Slovak', 'Slovenian', 'Somali', 'Spanish', 'Sri Lankan', 'Sudanese', 'Swedish', 'Swiss', 'Syrian', 'Taiwanese',
  'Tajik', 'Tanzanian', 'Thai', 'Tibetan', 'Tunisian', 'Turkish', 'Turkmen', 'Ugandan', 'Ukrainian', 'Emirati',
  'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean',
  'North Korean', 'South Korean', 'South African', 'New Zealand', 'Puerto Rican', 'Hong Kong',
  'African', 'Asian', 'European', 'Latin American', 'North American', 'South American', 'Central American',
  'Middle Eastern', 'Scandinavian', 'Caribbean', 'Balkan', 'Baltic', 'Nordic', 'Mediterranean', 'Pacific', 'Atlantic',
  'Californian', 'Texan', 'Floridian', 'Parisian', 'Londoner', 'Muscovite',
];
