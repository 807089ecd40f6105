// A link to another article inside the body: "Read more: Dockworkers walk out over cranes", "SEE ALSO: ...".
import { wordCount, type LineRule } from './rule.js';

// "Read Owen's investigation: ...", "Listen to our earlier episode: ...": a cue naming the linked piece.
const NAMED_CUE =
  /^(read|watch|listen to|see) (our|the|his|her|their|\p{Lu}[\p{L}'’-]+['’]s) ((full|latest|earlier|original|previous|new) )?(investigation|story|report|coverage|analysis|interview|review|piece|feature|explainer|episode|article)\s*[:>»›|–—-]\s*\S/iu;
const CUE =
  /^(read more|read also|also read|see also|related|more|watch|listen|read|recommended|further reading|opinion|analysis|long read|explainer|explained|video|podcast|live|live updates|gallery|photos|in pictures|interview|review|editorial|comment|factbox|timeline|quiz|poll)\s*[:>»›|–—-]\s*\S/i;
// A linked headline is short.
const MAX_LINK_WORDS = 20;

export const inlineLink: LineRule = {
  name: 'inline-link',
  reason: 'read-more',
  matches: (line) => (CUE.test(line.trim()) || NAMED_CUE.test(line.trim())) && wordCount(line) <= MAX_LINK_WORDS + 3 && !/[.!?]["”’]?$/.test(line.trim()),
};
