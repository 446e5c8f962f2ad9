/**
 * A designation or number as a search key: lowercase, without spaces or punctuation, so that
 * `XXM-250S`, `XXM 250S` and `xxm250s` are one key (ARCHITECTURE.md, search semantics).
 */
export function designationKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
