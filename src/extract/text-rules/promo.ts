// The outlet promoting itself rather than reporting: "Download the WPKT app for breaking news alerts",
// "Have a news tip? Email the newsroom or call our tip line.", "Got a story? Contact us".
import { wordCount, type LineRule } from './rule.js';

const APP = /^(download|get|install|try) (the|our) [\p{L}\p{N}\s'’&-]{0,40}\bapps?\b/iu;
const TIP =
  /^(have|got|do you have|have you got) (a|an|any) (news )?(tip|story|story idea|opinion|view)s?\b|^(send|email|share) (us )?(your |a )?(news )?tips?\b|^contact (the|our) newsroom\b|^write to (us|the editor)\b|^have your say\b|^(see|saw|spot|spotted|witness(ed)?) something newsworthy\b|^send us your (photos|pictures|videos|footage)\b|^tell us (what you think|your story)\b/i;
// Promos are a sentence or two.
const MAX_PROMO_WORDS = 35;

export const appPromo: LineRule = {
  name: 'app-promo',
  reason: 'app-promo',
  matches: (line) => wordCount(line) <= MAX_PROMO_WORDS && APP.test(line.trim()),
};

export const tipPrompt: LineRule = {
  name: 'tip-prompt',
  reason: 'tip-prompt',
  matches: (line) => wordCount(line) <= MAX_PROMO_WORDS && TIP.test(line.trim()),
};

// The outlet's postal line: "Fieldgate Weekly, 12 Market Place, Fieldgate. Tel: 01632 960 555".
const CONTACT_LINE = /\b(tel|telephone|phone|fax)\s*[:.]\s*\+?[\d(][\d\s()-]{6,}\d\b|^contact us\s*:/i;

export const contactFooter: LineRule = {
  name: 'contact-footer',
  reason: 'page-footer',
  matches: (line, ctx) => ctx.plainText === true && wordCount(line) <= MAX_PROMO_WORDS && CONTACT_LINE.test(line),
};

// Market widgets: "Market data delayed by 15 minutes", "Quotes delayed at least 20 minutes".
const MARKET_NOTE = /^(market data|quotes?|prices?|data)( are| is)? delayed\b|^all quotes delayed\b/i;

export const marketNote: LineRule = {
  name: 'market-note',
  reason: 'widget',
  matches: (line, ctx) => ctx.plainText === true && wordCount(line) <= MAX_PROMO_WORDS && MARKET_NOTE.test(line.trim()),
};

// Counters a profile or post carries: "312 Followers", "1.2K claps", "4 responses".
const PROFILE_COUNT = /^\d[\d.,]*\s*[km]?\s+(followers?|following|claps?|likes?|responses?|subscribers?|views?|shares?)$/i;

export const profileCount: LineRule = {
  name: 'profile-count',
  reason: 'widget',
  matches: (line, ctx) => ctx.plainText === true && PROFILE_COUNT.test(line.trim()),
};
