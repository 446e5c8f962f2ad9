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
  const matcher = new TypoMatcher(b, Number.MAX_SAFE_INTEGER);
  return matcher.distance(a);
}

/**
 * One query word against many document words (the in-memory engine scans its vocabulary with
 * it): the word's code points are read once, the table's rows are reused, and a comparison stops
 * at the first two rows whose every cell is over the budget, since no later cell can be under it.
 * Most words differ within their first letters, so most comparisons stop after a few rows.
 */
export class TypoMatcher {
  private readonly word: Int32Array;
  private readonly rows: [Int32Array, Int32Array, Int32Array];
  private term = new Int32Array(16);

  constructor(word: string, readonly budget: number) {
    this.word = Int32Array.from(word, (c) => c.codePointAt(0)!);
    const width = this.word.length + 1;
    this.rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  }

  /** The optimal string alignment distance from `term` to the word when at most the budget, else budget + 1. */
  distance(term: string): number {
    const y = this.word;
    const n = y.length;
    const m = this.readTerm(term);
    const x = this.term;
    const over = this.budget + 1;
    let [before, previous, current] = this.rows;
    for (let j = 0; j <= n; j++) previous[j] = j;
    let previousMin = 0;
    for (let i = 1; i <= m; i++) {
      current[0] = i;
      let rowMin = i;
      for (let j = 1; j <= n; j++) {
        let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
        current[j] = best;
        if (best < rowMin) rowMin = best;
      }
      if (rowMin > this.budget && previousMin > this.budget) return over;
      previousMin = rowMin;
      const spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[n]!, over);
  }

  /** The term's code points into `this.term`; returns how many. */
  private readTerm(term: string): number {
    if (this.term.length < term.length) this.term = new Int32Array(term.length * 2);
    let count = 0;
    for (const char of term) this.term[count++] = char.codePointAt(0)!;
    return count;
  }
}

/** Whether a document word is the query word with at most its allowed typos (but not equal). */
export function isTypoOf(documentWord: string, queryWord: string): boolean {
  const budget = typoBudget(queryWord);
  if (budget === 0 || documentWord === queryWord) return false;
  if (Math.abs([...documentWord].length - [...queryWord].length) > budget) return false;
  return typoDistance(documentWord, queryWord) <= budget;
}
