// Clauses of a sentence: "X says 4,000; Y says 2,500 did not report" holds two claims, not one.

// Semicolons, colons and the conjunctions that join two statements.
const CLAUSE_BREAK = /;|:\s|,\s+(?:and|but|while|whereas|although|though)\s+|\s+but\s+|\s+while\s+|\s+whereas\s+/u;

export function clauses(sentence: string): string[] {
  return sentence.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c.length > 0);
}
