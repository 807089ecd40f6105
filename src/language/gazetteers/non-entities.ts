// Capitalised words that are never names on their own: calendar words, pronouns, sentence openers.

export const CALENDAR_WORDS: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
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
