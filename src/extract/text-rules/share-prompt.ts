// "Share on Facebook", "Follow us on X", "Share this article", "Copy link", a row of network names.
import { shortLine, type LineRule } from './rule.js';

const NETWORK = '(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|instagram|threads|bluesky|mastodon|youtube|tiktok|messenger|print|copy link)';
const PROMPT = new RegExp(
  `^(share|tweet|pin|post|email|follow|like)( (this|the) (article|story|page|post))?( (us|me))?( (on|via|to|with) ${NETWORK}((,| and| or) ${NETWORK})*( for (the latest|daily|regular|more|all the latest)( news| updates| stories)?( and (news|updates|stories))?)?)?[.!:]?$`,
  'i',
);
const NETWORK_ROW = new RegExp(`^(${NETWORK}[\\s,|·•/]*){2,}$`, 'i');
const COPY_LINK = /^(copy (link|url)|link copied|share( this)?:?)$/i;
// "Share on Facebook Share on X", "Share on Facebook | Share by email": prompts run together on one line.
const PROMPT_ROW = new RegExp(`^(((share|follow|post|tweet|pin)( this| us)?:?( (on|via|by|to|with))? )?${NETWORK}[\\s,|·•/]*){2,}$`, 'i');
// "Follow The Ledger on Google News", "Follow @BrindleChron": a follow prompt naming the outlet or a handle.
const FOLLOW_OUTLET = /^[Ff]ollow (@[\w.]+|([Tt]he )?[\p{Lu}][\p{L}'’.-]*( [\p{Lu}][\p{L}'’.-]*){0,5}( on [\p{Lu}][\p{L} ]{1,20})?)[.!]?$/u;

export const sharePrompt: LineRule = {
  name: 'share-prompt',
  reason: 'share-prompt',
  matches: (line) => shortLine(line, PROMPT) || shortLine(line, NETWORK_ROW, 120) || shortLine(line, PROMPT_ROW, 160) || shortLine(line, COPY_LINK) || shortLine(line, FOLLOW_OUTLET),
};
