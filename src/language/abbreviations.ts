// Words written with a period that do not end a sentence when a name or number follows.

/** Honorifics and titles before names (lower case, without the period). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'sen', 'rep', 'gov', 'lt gov', 'st', 'ste', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'sr', 'jr', 'messrs', 'mme', 'mlle',
]);

/** Other abbreviations that are followed by more of the same sentence. */
export const INNER_ABBREVIATIONS = new Set([
  'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est', 'fig', 'vol', 'pp', 'p', 'ca', 'cf', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'rd',
]);
