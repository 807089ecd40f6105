// A match result under a sports headline: "Kelvin Bay Athletic 2 Portree Town 1", "Harbour Ladies 4-0 Saltby".
// It is body content that names teams, not the headline, though it sits right above the byline.
const TEAM = "\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.&-]*|&|and|of|de))*";
const SCORELINE = new RegExp(`^${TEAM}\\s+\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3}\\s+|\\s+)${TEAM}(?:\\s+\\d{1,3})?$`, 'u');

/** True for a line that is only a match result: two team names and their scores. */
export function isScoreline(line: string): boolean {
  const t = line.trim();
  // "Team N Team N" or "Team N-N Team": exactly two scores.
  return SCORELINE.test(t) && (t.match(/\d+/g) ?? []).length === 2;
}
