// A newsletter's greeting and sign-off frame its items but are no topic of their own:
// "Good morning. It is Wednesday, June 10. Today: ...", "That's all for today.", "Unsubscribe · Update preferences".
import { wordCount, type LineContext, type LineRule } from './rule.js';

const GREETING =
  /^(good (morning|afternoon|evening)|dear (residents?|readers?|subscribers?|members?|friends?|customers?|all|colleagues)\b|hello( again)?|hi( there| all)?|greetings|happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|welcome (back )?to (the |this |today['’]s )?[\p{L}\s'’]{0,40}(newsletter|briefing|digest|edition|issue)|in (this|today['’]s) (issue|edition|newsletter|briefing)|this (week|morning)['’]?s? (issue|edition|briefing)|today[:,] )/iu;
const SIGN_OFF =
  /^(that['’]s (all|it|your [\p{L}-]+) (for|from) (today|tonight|this week|this morning|this evening|now|us|me)|that['’]s your [\p{L}-]+ for\b|we['’]ll be back (tomorrow|next week|on \w+)|back (tomorrow|next week)|that['’]s all\b|see you (tomorrow|next week|on \w+)|until (tomorrow|next time|next week)|thanks for reading|talk (to you )?(tomorrow|soon)|have a (good|great|nice) (day|weekend|week))/iu;
const FOOTER =
  /\b(unsubscribe|you are receiving (this|the)|you['’]re receiving (this|the)|update (your )?(email )?preferences|manage (your )?subscription|view (this email )?in (your )?browser|forward(ed)? (this|it) (email |newsletter )?to a (friend|colleague)|(is|was) an? (independent |free |weekly |daily )*newsletter (about|from|for|by)\b)\b/i;
// The greeting is among the first lines of the body.
const MAX_GREETING_PROSE_BEFORE = 1;
// Greetings and sign-offs are a few sentences at most.
const MAX_FRAME_WORDS = 60;

// On a web page the greeting and the sign-off are the writer's own words inside the post; only an e-mail (a
// page carrying an e-mail footer) or a scraped copy carries them as a frame around the items. The e-mail
// footer itself ("Unsubscribe") is furniture anywhere.
const emailFramed = new WeakMap<readonly (string | null)[], boolean>();

function isFramed(ctx: LineContext): boolean {
  if (ctx.plainText === true) return true;
  const lines = ctx.lines;
  if (!lines) return false;
  let framed = emailFramed.get(lines);
  if (framed === undefined) {
    framed = lines.some((l) => l !== null && wordCount(l) <= MAX_FRAME_WORDS && FOOTER.test(l));
    emailFramed.set(lines, framed);
  }
  return framed;
}

export const newsletterIntro: LineRule = {
  name: 'newsletter-intro',
  reason: 'newsletter-intro',
  matches: (line, ctx) => ctx.proseBefore <= MAX_GREETING_PROSE_BEFORE && !ctx.isHeading && wordCount(line) <= MAX_FRAME_WORDS && GREETING.test(line.trim()) && isFramed(ctx),
};

export const newsletterFooter: LineRule = {
  name: 'newsletter-footer',
  reason: 'newsletter-footer',
  matches: (line, ctx) =>
    ctx.proseBefore > 0 && wordCount(line) <= MAX_FRAME_WORDS && ((SIGN_OFF.test(line.trim()) && isFramed(ctx)) || FOOTER.test(line)),
};

// The name signed under a sign-off: "— Idris", "Nell".
const SIGNATURE = /^[—–-]?\s*\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)?\s*$/u;

export const newsletterSignature: LineRule = {
  name: 'newsletter-signature',
  reason: 'newsletter-footer',
  matches: (line, ctx) => ctx.previousReason === 'newsletter-footer' && SIGNATURE.test(line.trim()),
};
