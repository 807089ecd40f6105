// Expand/collapse links: "Read more", "Show less", "Continue reading", "Read the full story".
import { shortLine, type LineRule } from './rule.js';

const TOGGLE = /^(read|show|see|view) (more|less|all)|^continue reading|^read (the )?full (stor(y|ies)|articles?|coverage|report)|^click here to read|^expand|^collapse/i;

export const readMore: LineRule = {
  name: 'read-more',
  reason: 'read-more',
  matches: (line) => shortLine(line, new RegExp(`(?:${TOGGLE.source})[\\w\\s:'’»›>.…-]*$`, 'i')),
};

// "Click here to read our full coverage of the show, including all the results."
const CLICK_HERE = /^(click|tap) here\b/i;
const MAX_CLICK_WORDS = 25;

export const clickHere: LineRule = {
  name: 'click-here',
  reason: 'read-more',
  // Scraped text only: in HTML the link's sentence is often part of the article ("Click here to download...").
  matches: (line, ctx) => ctx.plainText === true && CLICK_HERE.test(line.trim()) && line.trim().split(/\s+/).length <= MAX_CLICK_WORDS,
};
