import type { PublicCertificate } from '../read-model/types.js';
import type { SearchHighlight } from './port.js';
import type { QueryPiece } from './tokens.js';
import { TypoMatcher } from './typo.js';

/**
 * Which parts of a hit matched the query, computed from the query's pieces (tokens.ts) on the
 * record itself, so both adapters report the same thing: a Han piece where its characters stand,
 * a Latin piece where a word (or a run of words, punctuation ignored) begins with it, and a word
 * of letters within the piece's typos. Offsets are UTF-16 units of the value.
 */
export function highlightsOf(
  record: PublicCertificate,
  pieces: readonly QueryPiece[],
  /** Ranges by value, shared by the hits of one search: a page's records repeat most values. */
  known: Map<string, { start: number; length: number }[]> = new Map(),
): SearchHighlight[] {
  if (pieces.length === 0) return [];
  const out: SearchHighlight[] = [];
  const seen = new Set<string>();
  for (const [field, value] of searchableFields(record)) {
    const key = `${field}\u0000${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let ranges = known.get(value);
    if (!ranges) known.set(value, (ranges = matchRanges(value, pieces)));
    if (ranges.length > 0) out.push({ field, value, ranges });
  }
  return out;
}

/** The fields free text searches (searchable.ts), by name. */
function searchableFields(record: PublicCertificate): Array<[string, string]> {
  const fields: Array<[string, string]> = [['number', record.number]];
  for (const party of ['applicant', 'manufacturer', 'factory'] as const) {
    fields.push([`${party}.nameZh`, record[party].nameZh], [`${party}.nameEn`, record[party].nameEn]);
  }
  fields.push(
    ['factory.factoryCode', record.factory.factoryCode],
    ['unitName', record.unitName],
    ['productNameZh', record.productNameZh],
    ['productNameEn', record.productNameEn],
    ['series', record.series],
    ...record.models.map((m): [string, string] => ['models.designation', m.designation]),
    ...record.keyComponentConfigurations.flatMap((c) => c.components.map((k): [string, string] => ['keyComponents.supplier', k.supplier])),
  );
  return fields.filter(([, value]) => value.length > 0);
}

const HAN = /\p{Script=Han}/u;
const ALNUM = /[\p{L}\p{N}]/u;

interface Unit {
  /** UTF-16 offset of the original character and its length. */
  start: number;
  end: number;
  /** Index of the original character. */
  char: number;
}

/** A character's NFKC lower-case form, what of it is a Latin letter or digit, and what it is. */
interface CharForm {
  norm: string;
  /** Its letters and digits outside Han, by code point. */
  latin: string[];
  alnum: boolean;
  han: boolean;
}

/**
 * Forms by character, kept: normalising and classifying each character of every value of a page
 * was most of a search's highlighting time, and a registry's values use a few thousand characters.
 */
const FORMS = new Map<string, CharForm>();
const FORMS_KEPT = 65_536;

function formOf(char: string): CharForm {
  let form = FORMS.get(char);
  if (!form) {
    if (FORMS.size >= FORMS_KEPT) FORMS.clear();
    const norm = char.normalize('NFKC').toLowerCase();
    form = { norm, latin: [...norm].filter((cp) => ALNUM.test(cp) && !HAN.test(cp)), alnum: ALNUM.test(norm), han: HAN.test(norm) };
    FORMS.set(char, form);
  }
  return form;
}

/** Ranges of `value` the pieces match, merged where they overlap. */
export function matchRanges(value: string, pieces: readonly QueryPiece[]): { start: number; length: number }[] {
  const chars = [...value];
  const offsets: number[] = [];
  let offset = 0;
  for (const c of chars) {
    offsets.push(offset);
    offset += c.length;
  }
  const forms = chars.map(formOf);
  const norm = forms.map((f) => f.norm);
  // Letters and digits outside Han, one entry per code point, mapped back to their character.
  const squashed: string[] = [];
  const units: Unit[] = [];
  const wordStarts: number[] = [];
  forms.forEach(({ latin }, i) => {
    if (latin.length === 0) return;
    const previous = i > 0 ? forms[i - 1]! : null;
    if (!previous || !previous.alnum || previous.han) wordStarts.push(squashed.length);
    for (const cp of latin) {
      squashed.push(cp);
      units.push({ start: offsets[i]!, end: offsets[i]! + chars[i]!.length, char: i });
    }
  });
  const ranges: Array<[number, number]> = [];
  const span = (from: number, to: number) => ranges.push([units[from]!.start, units[to]!.end]);

  for (const piece of pieces) {
    const p = [...piece.value];
    if (piece.kind === 'han') {
      for (let i = 0; i + p.length <= norm.length; i++) {
        if (p.every((c, k) => norm[i + k] === c)) ranges.push([offsets[i]!, offsets[i + p.length - 1]! + chars[i + p.length - 1]!.length]);
      }
      continue;
    }
    for (const k of wordStarts) {
      if (k + p.length <= squashed.length && p.every((c, j) => squashed[k + j] === c)) span(k, k + p.length - 1);
    }
    if (piece.typos > 0) {
      const matcher = new TypoMatcher(piece.value, piece.typos);
      for (const [from, to] of words(wordStarts, units)) {
        const word = squashed.slice(from, to);
        const end = typoPrefixEnd(word, p.length, matcher);
        if (end > 0) span(from, from + end - 1);
      }
    }
  }
  return merge(ranges);
}

/** [first, end) squashed indexes of each word (a run of consecutive characters). */
function words(starts: number[], units: Unit[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const start of starts) {
    let end = start + 1;
    while (end < units.length && units[end]!.char - units[end - 1]!.char <= 1 && !starts.includes(end)) end++;
    out.push([start, end]);
  }
  return out;
}

/** Length of the word's prefix (the whole word preferred) within the matcher's typos of its query word (`queryLength` code points); 0 if none. */
function typoPrefixEnd(word: string[], queryLength: number, matcher: TypoMatcher): number {
  const { budget } = matcher;
  for (let length = Math.min(word.length, queryLength + budget); length >= queryLength - budget && length > 0; length--) {
    if (matcher.distance(word.slice(0, length).join('')) <= budget) return length;
  }
  return 0;
}

function merge(ranges: Array<[number, number]>): { start: number; length: number }[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out.map(([start, end]) => ({ start, length: end - start }));
}
