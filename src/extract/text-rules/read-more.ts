// Expand/collapse links: "Read more", "Show less", "Continue reading", "Read the full story".
import { shortLine, type LineRule } from './rule.js';

const TOGGLE = /^(read|show|see|view) (more|less|all)|^continue reading|^read (the )?full (story|article)|^click here to read|^expand|^collapse/i;

export const readMore: LineRule = {
  name: 'read-more',
  reason: 'read-more',
  matches: (line) => shortLine(line, new RegExp(`(?:${TOGGLE.source})[\\w\\s:'’»›>.…-]*$`, 'i')),
};
