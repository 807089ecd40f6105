// Capitalised words that are never names on their own: calendar words, pronouns, sentence openers.

/** Weekdays are never part of a name ("Europe and Asia Monday"); months can be names ("June", "Theresa May"). */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const CALENDAR_WORDS: readonly string[] = [
  ...WEEKDAYS,
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Function words stripped from the front of a capitalised span ("But Ostrova", "The Interior Ministry"). */
export const LEADING_FUNCTION_WORDS: readonly string[] = [
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'To',
  'After', 'Before', 'When', 'While', 'If', 'As', 'Since', 'Although', 'Though', 'Because', 'This', 'That', 'These',
  'Those', 'There', 'Here', 'It', 'He', 'She', 'They', 'We', 'You', 'I', 'His', 'Her', 'Its', 'Their', 'Our', 'My',
  'Your', 'Some', 'Many', 'Most', 'Several', 'Other', 'Another', 'Each', 'Every', 'All', 'Both', 'No', 'Not', 'Yes',
  'Also', 'However', 'Meanwhile', 'Still', 'Then', 'Now', 'Last', 'Next', 'One', 'Two', 'Three', 'Former', 'Under',
  'Over', 'During', 'About', 'Why', 'What', 'Who', 'How', 'Where', 'Which', 'According', 'Asked', 'Like', 'Unlike',
  'Even', 'Only', 'Just', 'Later', 'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Dear', 'Do', 'Don’t', "Don't",
];

/** Capitalised words and acronyms that are neither people, organisations nor places: roles, units, codes, indices. */
export const NON_ENTITY_WORDS: readonly string[] = [
  // Roles and job acronyms
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'VP', 'MP', 'MPs', 'MEP', 'PM', 'C.E.O.',
  // Time zones and time words
  'UTC', 'GMT', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'AM', 'A.M.', 'P.M.',
  // Currencies
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'AUD', 'CAD', 'RUB', 'INR',
  // Stock indices and markets written as names
  'FTSE', 'DAX', 'CAC', 'DJIA', 'Nasdaq', 'NASDAQ', 'Nikkei', 'Hang Seng', 'S&P', 'Dow', 'INDU', 'MICEX', 'RTS',
  // Everyday acronyms
  'TV', 'PC', 'PCs', 'OS', 'LCD', 'LED', 'GPS', 'DVD', 'CD', 'USB', 'SDK', 'API', 'URL', 'PDF', 'VIP', 'VIPs', 'GDP',
  'IPO', 'CO2', 'DNA', 'HIV', 'AIDS', 'ID', 'IT', 'AI', 'UFO', 'OK', 'FAQ', 'SUV', 'SUVs', 'ATM', 'IQ', 'PR', 'HR',
  'Q1', 'Q2', 'Q3', 'Q4', 'II', 'III', 'IV', 'Jr', 'Sr', 'No', 'Inc', 'Ltd', 'Corp', 'Co',
  // Religious and generic capitalised words
  'God', 'Internet', 'Web', 'Dow Jones', 'New Year', 'Christmas', 'Easter', 'Ramadan', 'Eid', 'Thanksgiving',
];
