// Lower-case word tokens for comparing quote texts; curly and straight apostrophes are the same.
export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}
