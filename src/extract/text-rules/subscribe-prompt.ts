// "Subscribe", "Sign up for our newsletter", "Sign in", "Already a subscriber? Log in".
import { shortLine, type LineRule } from './rule.js';

const PROMPT =
  /^(subscribe( now| today)?( to [\w\s'’]+)?|sign (up|in)( (for|to) [\w\s'’]+)?|log ?in( to [\w\s'’]+)?|register( now)?|create (a |your )?(free )?account|already (a subscriber|have an account)\??( (sign|log) ?in)?|get (our|the) [\w\s'’]*newsletter|become a (member|subscriber)|support (our|independent) journalism)[.!]?$/i;

// The pitch under a sign-up box: "Get the best of The Harbor Ledger in your inbox every morning."
const PITCH = /^(get|have) (the best of|more from|our|the) .{1,60} (in|to|delivered to|straight to) your inbox\b.*$|^(sign up|subscribe) (to|for) .{1,60} newsletter.*$|^you can unsubscribe at any time.*$/i;

export const subscribePrompt: LineRule = {
  name: 'subscribe-prompt',
  reason: 'subscribe-prompt',
  matches: (line) => shortLine(line, PROMPT, 80) || shortLine(line, PITCH, 160),
};
