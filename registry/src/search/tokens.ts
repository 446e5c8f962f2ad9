import { designationKey } from '@cqc/db';
import type { SearchableText } from './searchable.js';
import { MIN_VOCABULARY_WORD, isLettersOnly, typoBudget } from './typo.js';

/**
 * The search semantics of ARCHITECTURE.md as tokens, for the embedded engine (a `text[]` with a
 * GIN index queried with `@>`) and as query rewriting for Meilisearch.
 *
 * Document side:
 * - Han runs: every character and every bigram, stored bare (Han never collides with `p:`).
 * - Latin/digit words: `p:` + each prefix up to PREFIX_CAP characters, so a term matches as a
 *   prefix; a word longer than the cap also stores `x:` + the whole word.
 * - A whitespace chunk made of several words (XXM-250S, Co.,Ltd.) also stores its
 *   punctuation-free key the same way; codes (numbers, designations) store the key of the
 *   whole value, so `XXM 250S` in a record still matches `xxm250s`.
 *
 * Query side: terms split on whitespace are ANDed; a Han run of one character matches as the
 * unigram, longer runs as their bigrams; a chunk of several words becomes its key.
 */
export const PREFIX_CAP = 32;

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** A piece of a query: a Han unigram/bigram, or a Latin word or punctuation-free key. */
export interface QueryPiece {
  kind: 'han' | 'latin';
  value: string;
  /** Typos the piece tolerates (typo.ts): only a single word of letters, from 5 letters. */
  typos: 0 | 1 | 2;
}

/** ASCII and CJK Unified Ideographs only: text NFKC leaves as it is (no decompositions, no compositions). */
const NFKC_STABLE = /^[\u0000-\u007f\u4e00-\u9fff]*$/;

function normalise(text: string): string {
  // Most registry text is plain ASCII and common Han: skip ICU for it (a rebuild normalises ~20M values).
  return (NFKC_STABLE.test(text) ? text : text.normalize('NFKC')).toLowerCase();
}

function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

/** The non-Han stretches of a chunk, each a list of words. */
function latinSegments(chunk: string): string[][] {
  return chunk.split(HAN_RUN).map((segment) => segment.match(WORD) ?? []).filter((words) => words.length > 0);
}

function bigrams(run: string): string[] {
  const chars = [...run];
  return chars.slice(1).map((c, i) => chars[i] + c);
}

function addPrefixes(tokens: Set<string>, word: string): void {
  // Grown one character (code point) at a time: a rebuild tokenises a million records.
  let prefix = 'p:';
  let length = 0;
  for (const char of word) {
    if (++length > PREFIX_CAP) {
      tokens.add(`x:${word}`);
      return;
    }
    prefix += char;
    tokens.add(prefix);
  }
}

/** The stored token of one Latin query piece: a prefix token, or the whole-word token past the cap. */
export function latinQueryToken(value: string): string {
  return [...value].length <= PREFIX_CAP ? `p:${value}` : `x:${value}`;
}

/**
 * Values tokenised, by value. Records repeat most of their texts (a manufacturer's names and
 * addresses, product names, suppliers), so a rebuild of a million records tokenises each text
 * once instead of once per record. Bounded: emptied when full.
 */
const MEMO_SIZE = 20_000;
const valueTokenMemo = new Map<string, readonly string[]>();
const codeKeyMemo = new Map<string, readonly string[]>();
const vocabularyMemo = new Map<string, readonly string[]>();

function memoised(memo: Map<string, readonly string[]>, value: string, compute: (value: string) => string[]): readonly string[] {
  let found = memo.get(value);
  if (found === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(value, (found = compute(value)));
  }
  return found;
}

function valueTokens(value: string): string[] {
  const tokens = new Set<string>();
  const normalised = normalise(value);
  for (const run of hanRuns(normalised)) {
    for (const char of run) tokens.add(char);
    for (const pair of bigrams(run)) tokens.add(pair);
  }
  for (const chunk of normalised.split(/\s+/)) {
    for (const words of latinSegments(chunk)) {
      for (const word of words) addPrefixes(tokens, word);
      if (words.length > 1) addPrefixes(tokens, words.join(''));
    }
  }
  return [...tokens];
}

function codeKeyTokens(code: string): string[] {
  const tokens = new Set<string>();
  const key = designationKey(code.replace(HAN_RUN, ' '));
  if (key) addPrefixes(tokens, key);
  return [...tokens];
}

/** Every token of a record's searchable text, deduplicated. */
export function documentTokens(text: SearchableText): string[] {
  const tokens = new Set<string>();
  for (const values of [text.texts, text.codes]) {
    for (const value of values) for (const token of memoised(valueTokenMemo, value, valueTokens)) tokens.add(token);
  }
  for (const code of text.codes) for (const token of memoised(codeKeyMemo, code, codeKeyTokens)) tokens.add(token);
  return [...tokens];
}

/** A query as pieces, all of which must match. Empty when the text holds no word at all. */
export function analyseQuery(text: string): QueryPiece[] {
  const pieces: QueryPiece[] = [];
  for (const term of normalise(text).split(/\s+/).filter(Boolean)) {
    for (const run of hanRuns(term)) {
      const values = [...run].length === 1 ? [run] : bigrams(run);
      pieces.push(...values.map((value) => ({ kind: 'han' as const, value, typos: 0 as const })));
    }
    for (const words of latinSegments(term)) {
      const value = words.join('');
      pieces.push({ kind: 'latin', value, typos: words.length === 1 ? typoBudget(value) : 0 });
    }
  }
  const seen = new Set<string>();
  return pieces.filter((p) => (seen.has(p.kind + p.value) ? false : (seen.add(p.kind + p.value), true)));
}

/**
 * The tokens a document must all contain to match `text`; null when the text is blank (no
 * text condition). Text made only of punctuation yields [] — the caller returns nothing
 * rather than everything.
 */
export function queryTokens(text: string | undefined): string[] | null {
  if (!text || text.trim() === '') return null;
  return analyseQuery(text).map((p) => (p.kind === 'han' ? p.value : latinQueryToken(p.value)));
}

/**
 * The words a typo'd query word may be corrected to: the Latin words (letters only) of a
 * record's texts. Codes are left out, as they never match with typos.
 */
export function vocabularyWords(text: SearchableText): string[] {
  const words = new Set<string>();
  for (const value of text.texts) for (const word of memoised(vocabularyMemo, value, valueVocabulary)) words.add(word);
  return [...words];
}

function valueVocabulary(value: string): string[] {
  const words: string[] = [];
  for (const chunk of normalise(value).split(/\s+/)) {
    for (const word of latinSegments(chunk).flat()) {
      if (isLettersOnly(word) && [...word].length >= MIN_VOCABULARY_WORD) words.push(word);
    }
  }
  return words;
}

/** The key an exact certificate-number match is compared with. */
export function exactKey(text: string | undefined): string {
  return text ? designationKey(text) : '';
}
