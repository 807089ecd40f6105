// Cyrillic names matched to their Latin spelling through one rough, shared skeleton ("Сарроу" ~ "Sarrow",
// "Дренхольм" ~ "Drenholm"). Cheap on purpose: it only links a Cyrillic form to a Latin name already in the corpus.

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};
// Russian case endings that may follow a name ("в Дренхольме", "Кестрии"); tried one at a time, longest first.
const CASE_ENDINGS = ['ого', 'ому', 'ой', 'ом', 'ий', 'ии', 'е', 'а', 'у', 'ы', 'и', 'ю'];
// Below this many letters a skeleton matches too many unrelated names.
export const MIN_SKELETON_LETTERS = 4;

export const isCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/** Latin letters for a Cyrillic word, letter by letter. */
export function romanize(word: string): string {
  return [...word.toLowerCase()].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
}

/** One comparison key for Latin and romanised spellings: sounds written differently folded together. */
export function skeleton(latin: string): string {
  return latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ch|tch/g, 'c')
    .replace(/z/g, 's')
    .replace(/[jy]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/u$/, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Skeletons a Cyrillic word may stand for: as written, then with one case ending removed. */
export function cyrillicSkeletons(word: string): string[] {
  const lower = word.toLowerCase();
  const out = [skeleton(romanize(lower))];
  for (const ending of CASE_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_SKELETON_LETTERS) out.push(skeleton(romanize(lower.slice(0, -ending.length))));
  }
  return [...new Set(out)];
}
