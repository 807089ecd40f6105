// "View comments", "Leave a reply", "12 comments", "Comments (12)", "Join the conversation", and the comment form
// that follows ("Your email address will not be published.", "Name *", "Post Comment", "Sort by: Newest").
import { shortLine, wordCount, type LineRule } from './rule.js';

const WIDGET =
  /^((view|show|hide|read|see|load|post|add|leave|write)( all| more)? (a |your )?(comments?|reply|replies|response)|\d+ (comments?|replies|responses)|comments?( \(\d+\))?|conversation( \d+)?|leave a (reply|comment)( cancel reply)?|join the (conversation|discussion|debate)( below)?( \(\d+( comments?)?\))?|discussion( \(\d+\))?|start the conversation|be the first to comment|comments are (closed|now closed)( for this (article|story))?|sign in to (comment|join the conversation)|you must be (logged|signed) in to (post a )?comment|(read )?(our )?(comment|community) (guidelines|standards|policy)|sort by:?\s*\w*|(newest|oldest|most liked|top comments|best)( first)?|add a comment|post comment|submit comment|cancel reply|comment \*|name \*|e-?mail \*|website)[.!:…]*$/i;
// Cues of the comment form and its rules, whatever the wording around them.
const FORM_CUE =
  /\b(your email address will not be published|required fields are marked|save my name, email|next time i comment|comments are moderated|comment policy|community guidelines|commenting guidelines|(must|need to) be (signed|logged) in to (post a )?comment|to (join|take part in) the (discussion|conversation),? (please )?(sign|log) ?in)\b/i;
// WordPress's thread header: "2 thoughts on “Grain barges return to the Ouse”", "One response to “...”".
const THREAD_HEADER = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (thoughts?|responses?|comments?|replies|reactions?) (on|to) ["“‘].{3,160}["”’]$/i;
// The form's notes run to a couple of sentences.
const MAX_FORM_WORDS = 40;

export const commentWidget: LineRule = {
  name: 'comment-widget',
  reason: 'comment-widget',
  matches: (line) => shortLine(line, WIDGET) || THREAD_HEADER.test(line.trim()) || (wordCount(line) <= MAX_FORM_WORDS && FORM_CUE.test(line)),
};
