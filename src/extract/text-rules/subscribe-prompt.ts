// "Subscribe", "Sign up for our newsletter", "Sign in", "Already a subscriber? Log in".
import { shortLine, wordCount, type LineRule } from './rule.js';

const PROMPT =
  /^(subscribe( now| today)?( to [\w\s'’]+)?|sign (up|in)( (for|to) [\w\s'’]+)?|log ?in( to [\w\s'’]+)?|register( now)?|create (a |your )?(free )?account|already (a subscriber|have an account)\??( (sign|log) ?in)?|get (our|the) [\w\s'’]*newsletter|become a (member|subscriber)|support (our|independent) journalism)[.!]?$/i;

// The pitch under a sign-up box: "Get the best of The Harbor Ledger in your inbox every morning."
const PITCH = /^(get|have) (the best of|more from|our|the) .{1,60} (in|to|delivered to|straight to) your inbox\b.*$|^(sign up|subscribe) (to|for) .{1,60} newsletter.*$|^you can unsubscribe at any time.*$/i;

// A call to sign up, whatever its wording: a sign-up or channel word plus an imperative opening, "here", "free",
// a price or "our ... newsletter" ("Want more Alderbank news? Sign up here for our daily newsletter.").
const SIGN_UP = /\b(sign(ing)? up|subscribe|subscribing|subscription|become a (member|subscriber)|join (our|the) (mailing )?list)\b/i;
const CHANNEL = /\b(newsletters?|inbox|bulletin|(daily|weekly|morning|evening|football|sport|free) (email|briefing|digest))\b/i;
const CALL =
  /^(get|sign|subscribe|want|enjoy(ed)?|love|like|don['’]t miss|never miss|join|stay|try|become|support|was this|forwarded|receive|read more stories|for more)\b|\bhere\b|\bfor free\b|\bour (free |daily |weekly |morning |evening )*(newsletter|email|briefing)\b|[£$€]\s?\d|\bnewsletter (brings|gives|sends)\b/i;
// "Follow The Early Shift wherever you get your podcasts.": a call to follow a show.
const PODCAST_CALL = /\b(subscribe|follow|listen)\b.{0,80}\bwherever you (get|find|listen to) (your )?podcasts\b/i;
// A pitch is a sentence or two.
const MAX_CALL_WORDS = 35;

function isCallToSubscribe(line: string): boolean {
  const t = line.trim();
  // Reported speech is prose, whatever it mentions.
  if (wordCount(t) > MAX_CALL_WORDS || /^["“‘]/.test(t) || /\b(said|says|told|according to)\b/i.test(t)) return false;
  return (SIGN_UP.test(t) || CHANNEL.test(t)) && CALL.test(t) && (SIGN_UP.test(t) || /\b(get|want|don['’]t miss|never miss|receive)\b/i.test(t));
}

// The header of a sign-up box: "Tidewater Times Newsletter", "The Morning Tide newsletter".
const BOX_HEADER = /^([\p{Lu}][\p{L}'’&-]*\s+){1,4}(newsletters?|e-?mail alerts|daily email)$/iu;

export const subscribePrompt: LineRule = {
  name: 'subscribe-prompt',
  reason: 'subscribe-prompt',
  // The free-worded call is read only in scraped text: on an HTML page a deals article's "Sign up for ..." list is content.
  matches: (line, ctx) => shortLine(line, PROMPT, 80) || shortLine(line, PITCH, 160) || (ctx.plainText === true && (isCallToSubscribe(line) || (wordCount(line) <= MAX_CALL_WORDS && PODCAST_CALL.test(line)))) || shortLine(line, BOX_HEADER),
};
