// Menus and footers that survive as lines: "News Business Sport Opinion Obituaries E-edition" (items set off by
// single spaces), "NewsSportWhat's OnPropertyJobsMore" (link texts glued together), "About Us | Contact | Careers",
// and lone footer links ("Privacy Policy", "Terms of Use", "Site Index").
import { shortLine, type LineRule } from './rule.js';

// Section and service names that menus are made of.
const NAV_WORDS = new Set(
  (
    'home news local national world uk us politics business money markets economy tech technology science health education ' +
    'environment climate sport sports football soccer rugby cricket tennis golf athletics culture arts books music film tv ' +
    'entertainment lifestyle style fashion food travel property homes jobs cars motoring notices obituaries opinion comment ' +
    'letters editorials weather traffic video videos audio podcasts photos puzzles games crosswords newsletters events ' +
    "e-edition epaper search menu more legal sustainability regions farming investigations features analysis live latest " +
    "what's-on sections contact about archive shop deals radio watch listen metro city region community schools crime courts " +
    'council transport environment weekend magazine reviews recipes careers advertise help'
  ).split(/\s+/),
);
// Multi-word menu items, joined so the row splits into items.
const PHRASES: [RegExp, string][] = [
  [/\bwhat['’]s on\b/gi, "what's-on"],
  [/\bmy news\b/gi, 'news'],
];
// A row needs this many items, and this share of them known menu words.
const MIN_ITEMS = 4;
const MIN_KNOWN_SHARE = 0.75;
// Link texts glued together: a lower-case letter straight before a capital ("NewsSport").
const GLUE = /(?<=[\p{Ll}'’])(?=\p{Lu})/u;
const FOOTER_LINK =
  /^(privacy( policy| notice| settings)?|terms( of (use|service))?( and conditions)?|terms & conditions|cookie (policy|settings|preferences)|accessibility( help| statement)?|contact us|about us|careers|advertise( with us)?|site ?map|site index|site information navigation|section navigation|help|faqs?|corrections|reuse this content|manage (cookies|consent)|do not sell( or share)? my (personal )?information|proudly powered by [\p{L}]+|powered by [\p{L}]+)\.?$/iu;
// Footer link rows separated by bars or dots: "Privacy policy · Terms · Cookie settings".
const LINK_SEPARATOR = /\s+[|·•]\s+/;

/** True for a row of menu items with no separators but spaces or glue. */
export function isNavigationRow(line: string): boolean {
  let text = line.trim();
  if (/[.!?,;:]$/.test(text)) return false;
  text = text.split(/\s+/).flatMap((w) => w.split(GLUE)).join(' ');
  for (const [re, token] of PHRASES) text = text.replace(re, token);
  const items = text.split(/\s+/).filter(Boolean);
  if (items.length < MIN_ITEMS) return false;
  if (!items.every((w) => /^\p{Lu}/u.test(w) || NAV_WORDS.has(w.toLowerCase()))) return false;
  const known = items.filter((w) => NAV_WORDS.has(w.toLowerCase())).length;
  return known / items.length >= MIN_KNOWN_SHARE;
}

// Menu rows and footer rows are a line of a few words each.
const MAX_ROW_WORDS = 24;
// In a row of links set off by bars or dots, at least this share are known footer links; the rest are short labels.
const MIN_FOOTER_SHARE = 0.5;
const MIN_ROW_ITEMS = 3;
const MAX_ITEM_WORDS = 4;

/** True for a footer link, or a row of them set off by bars or dots ("About Us | Contact | Careers | EEO Report"). */
export function isFooterLinks(line: string): boolean {
  const items = line.trim().split(LINK_SEPARATOR).map((i) => i.trim());
  if (items.length === 1) return shortLine(line, FOOTER_LINK);
  const known = items.filter((i) => FOOTER_LINK.test(i)).length;
  if (known === items.length) return true;
  const labels = items.every((i) => /^\p{Lu}/u.test(i) && i.split(/\s+/).length <= MAX_ITEM_WORDS && !/[.!?]$/.test(i));
  return items.length >= MIN_ROW_ITEMS && labels && known / items.length >= MIN_FOOTER_SHARE;
}

export const navigationRow: LineRule = {
  name: 'navigation-row',
  reason: 'navigation',
  // Scraped text only: in HTML a lone "FAQ" or "Accessibility" is as often a section heading of the content.
  matches: (line, ctx) => ctx.plainText === true && line.length <= 160 && !/[.!?]$/.test(line) && line.split(/\s+/).length <= MAX_ROW_WORDS && (isNavigationRow(line) || isFooterLinks(line)),
};
