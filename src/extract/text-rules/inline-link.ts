// A link to another article inside the body: "Read more: Dockworkers walk out over cranes", "SEE ALSO: ...".
import { wordCount, type LineRule } from './rule.js';

const CUE =
  /^(read more|read also|also read|see also|related|more|watch|listen|read|recommended|further reading|opinion|analysis|long read|explainer|explained|video|podcast|live|live updates|gallery|photos|in pictures|interview|review|editorial|comment|factbox|timeline|quiz|poll)\s*[:>»›|–—-]\s*\S/i;
// A linked headline is short.
const MAX_LINK_WORDS = 20;

export const inlineLink: LineRule = {
  name: 'inline-link',
  reason: 'read-more',
  matches: (line) => CUE.test(line.trim()) && wordCount(line) <= MAX_LINK_WORDS + 3 && !/[.!?]["”’]?$/.test(line.trim()),
};
