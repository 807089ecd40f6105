// "Subscribe", "Sign up for our newsletter", "Sign in", "Already a subscriber? Log in".
import { shortLine, type LineRule } from './rule.js';

const PROMPT =
  /^(subscribe( now| today)?( to [\w\s'’]+)?|sign (up|in)( (for|to) [\w\s'’]+)?|log ?in( to [\w\s'’]+)?|register( now)?|create (a |your )?(free )?account|already (a subscriber|have an account)\??( (sign|log) ?in)?|get (our|the) [\w\s'’]*newsletter|become a (member|subscriber)|support (our|independent) journalism)[.!]?$/i;

export const subscribePrompt: LineRule = {
  name: 'subscribe-prompt',
  reason: 'subscribe-prompt',
  matches: (line) => shortLine(line, PROMPT, 80),
};
