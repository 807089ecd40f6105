// A live page's update markers and controls. Markers ("67'", "90+3'", "14:32", "Full-time") head an update, so
// they and the line under them are content; controls ("Auto-update on", "Load earlier posts") are not.
import { shortLine, type LineRule } from './rule.js';

// A match minute ("67'", "45+2’") or a clock time ("14:32", "9.05am") standing alone.
const MINUTE = /^\d{1,3}(\+\d{1,2})?\s*['’′]$/;
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?$/i;
// Stages of a match that live pages print as an update's head.
const MATCH_STAGE = /^(kick-?off|half-?time|full-?time|second half|first half|extra[- ]time|penalties|stoppage time|ht|ft)$/i;

/** True for a line that heads a live update: a match minute, a clock time or a match stage. */
export function isLiveUpdateMarker(line: string | null | undefined): boolean {
  const t = (line ?? '').trim();
  return MINUTE.test(t) || CLOCK_TIME.test(t) || MATCH_STAGE.test(t);
}

const CONTROL =
  /^(auto-?(update|refresh)s?:?( (is )?(on|off))?|(turn|switch) (on|off) auto-?(update|refresh)s?|refresh( (the )?(page|feed))?|(load|show|see|view) (more|earlier|older|newer|previous|latest|all) (posts|updates|entries)|(\d+ )?new (posts?|updates?)|jump to (latest|top))[.!]?$/i;

export const liveBlogControl: LineRule = {
  name: 'live-blog-control',
  reason: 'widget',
  matches: (line, ctx) => ctx.plainText === true && shortLine(line, CONTROL, 50),
};
