/**
 * Typo tolerance (ARCHITECTURE.md, search semantics, as Meilisearch's defaults): a query word made
 * only of letters tolerates one typo from 5 letters and two from 9. Words with a digit (numbers,
 * designations, factory codes) and Han never do. A typo is one insertion, deletion, substitution
 * or swap of two neighbouring letters (optimal string alignment distance).
 */
export const ONE_TYPO_FROM = 5;
export const TWO_TYPOS_FROM = 9;
/** The shortest document word a query word can reach with its typos (5 letters − 1). */
export const MIN_VOCABULARY_WORD = ONE_TYPO_FROM - 1;

const LETTERS_ONLY = /^\p{L}+$/u;
const HAN = /\p{Script=Han}/u;

/** Letters only, and no Han: a word typos may apply to. */
export function isLettersOnly(word: string): boolean {
  return LETTERS_ONLY.test(word) && !HAN.test(word);
}

/** How many typos a normalised query word tolerates. */
export function typoBudget(word: string): 0 | 1 | 2 {
  if (!isLettersOnly(word)) return 0;
  const length = [...word].length;
  if (length >= TWO_TYPOS_FROM) return 2;
  return length >= ONE_TYPO_FROM ? 1 : 0;
}

/** Optimal string alignment distance, by code points; same as SQL `registry_typo_distance`. */
export function typoDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const w = y.length + 1;
  const d = new Array<number>((x.length + 1) * w).fill(0);
  for (let i = 0; i <= x.length; i++) d[i * w] = i;
  for (let j = 0; j <= y.length; j++) d[j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1, d[(i - 1) * w + j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[(i - 2) * w + j - 2]! + 1);
      d[i * w + j] = best;
    }
  }
  return d[x.length * w + y.length]!;
}

/** Whether a document word is the query word with at most its allowed typos (but not equal). */
export function isTypoOf(documentWord: string, queryWord: string): boolean {
  const budget = typoBudget(queryWord);
  if (budget === 0 || documentWord === queryWord) return false;
  if (Math.abs([...documentWord].length - [...queryWord].length) > budget) return false;
  return typoDistance(documentWord, queryWord) <= budget;
}
