// Button and control labels that a saved page keeps as lines of their own: "Save", "Print", "Bookmark",
// "Share full article", "48" (a share count), "Play Video", "0:00 / 1:52", "Buy Now", "Enlarge this image",
// and links read out with their screen-reader suffix ("Click to share on X (Opens in new window)").
import { shortLine, wordCount, type LineRule } from './rule.js';

const SHARE_LABEL =
  /^(share|save|saved|bookmark|print|tweet|pin( it)?|e-?mail|like( this)?:?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|threads|bluesky|mastodon|messenger|sms|flipboard|gift( this)? (article|story)|share (full|this) (article|story)|save (for later|article|story|this (article|story))|add to (my )?(reading list|list|favou?rites|saved)|copy (link|url)|link copied|like loading\.*|(un)?follow( this| topic| this topic| author)?|get alerts)[.!]?$/i;
const MEDIA_LABEL =
  /^(menu|search|open menu|close menu|main menu|play( video| audio| now)?|pause|mute|unmute|tap to unmute|watch( live| now| video)?|listen( now| live)?|replay|close|open|expand|collapse|enlarge( this)?( image)?|toggle caption|(hide|show) caption|next( slide| image)?|prev(ious)?( slide| image)?|fullscreen|full screen|buy now|buy (this )?(photo|image|print)|order (a )?print|purchase licensing rights|text size|a a a|report an? (error|issue|typo|correction)|view (gallery|all|more photos)|see all|(the )?video (player )?is loading\.*|loading (video|player)\.*)[.!]?$/i;
// A share count or a player's clock: "48", "1.2K", "0:00 / 1:52".
const COUNTER = /^(\d{1,3}(?:[.,]\d)?k?|\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?)$/i;
// A lone clock after a post's share button is the next live update's time ("13:58"), not a share count.
const CLOCK = /^\d{1,2}:\d{2}$/;
// A player's clock with its duration ("0:00 / 24:13") is never content, wherever it stands.
const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/;
// Screen-reader text left on a link: "(Opens in new window)", ", opens new tab".
const LINK_SUFFIX = /(\(opens in (a )?new (window|tab)\)|,? opens (in )?(a )?new (tab|window))\s*$/i;
// A linked label is short; a sentence that happens to end so is not.
const MAX_LINK_WORDS = 15;

// These labels are read in scraped text only: an HTML page's blocks are already cut at its controls, and a lone
// "Listen" or "X" there is more often a heading or a product name the gold keeps.
export const shareLabel: LineRule = {
  name: 'share-label',
  reason: 'share-prompt',
  matches: (line, ctx) => ctx.plainText === true && shortLine(line, SHARE_LABEL, 40),
};

export const widgetLabel: LineRule = {
  name: 'widget-label',
  reason: 'widget',
  matches: (line, ctx) =>
    ctx.plainText === true &&
    (shortLine(line, MEDIA_LABEL, 40) ||
    // A bare number is a share count only in the head or beside the share buttons; elsewhere it is a table cell.
    shortLine(line, PLAYER_CLOCK, 20) ||
    (shortLine(line, COUNTER, 20) && (ctx.proseBefore === 0 || (ctx.previousReason === 'share-prompt' && !CLOCK.test(line.trim())) || ctx.previousReason === 'widget')) ||
    (LINK_SUFFIX.test(line) && wordCount(line) <= MAX_LINK_WORDS)),
};
