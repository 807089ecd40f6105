// "View comments", "Leave a reply", "12 comments", "Comments (12)", "Join the conversation".
import { shortLine, type LineRule } from './rule.js';

const WIDGET =
  /^((view|show|hide|read|see|load|post|add|leave)( all| more)? (a )?(comments?|reply|replies)|\d+ (comments?|replies)|comments?( \(\d+\))?|leave a (reply|comment)|join the (conversation|discussion)|be the first to comment|comments are closed)[.!:]?$/i;

export const commentWidget: LineRule = {
  name: 'comment-widget',
  reason: 'comment-widget',
  matches: (line) => shortLine(line, WIDGET),
};
