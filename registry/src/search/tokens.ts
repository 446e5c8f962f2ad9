import { designationKey } from '@cqc/db';
import { MIN_VOCABULARY_WORD, isLettersOnly, typoBudget } from './typo.js';

/**
 * The search semantics of ARCHITECTURE.md, for the embedded engine's values (memory/) and as
 * query rewriting for Meilisearch.
 *
 * Value side (`valueParts`):
 * - Han runs: every character and every bigram.
 * - Latin/digit words, matched as prefixes; a whitespace chunk made of several words (XXM-250S,
 *   Co.,Ltd.) also gives its punctuation-free key; a code (number, designation) also gives the
 *   key of the whole value, so `XXM 250S` in a record still matches `xxm250s`.
 *
 * Query side (`analyseQuery`): terms split on whitespace are ANDed; a Han run of one character
 * matches as the unigram, longer runs as their bigrams; a chunk of several words becomes its key.
 */
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

/**
 * What a value's tokens are made of: its Han characters and bigrams (tokens themselves), and the
 * words whose prefixes are its Latin tokens (each Latin word, a chunk's words joined, and for a
 * code its punctuation-free key). The in-memory engine (memory/) indexes these parts directly.
 */
export interface ValueParts {
  han: string[];
  words: string[];
}

export function valueParts(value: string, kind: 'text' | 'code'): ValueParts {
  const han = new Set<string>();
  const words = new Set<string>();
  const normalised = normalise(value);
  for (const run of hanRuns(normalised)) {
    for (const char of run) han.add(char);
    for (const pair of bigrams(run)) han.add(pair);
  }
  for (const chunk of normalised.split(/\s+/)) {
    for (const segment of latinSegments(chunk)) {
      for (const word of segment) words.add(word);
      if (segment.length > 1) words.add(segment.join(''));
    }
  }
  if (kind === 'code') {
    const key = codeKey(value);
    if (key) words.add(key);
  }
  return { han: [...han], words: [...words] };
}

function codeKey(code: string): string {
  return designationKey(code.replace(HAN_RUN, ' '));
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

/** The typo vocabulary of one text value: its words of letters only, from MIN_VOCABULARY_WORD letters (typo.ts). */
export function valueVocabulary(value: string): string[] {
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
