import { designationKey } from '@cqc/db';
import type { PublicCertificate } from '../read-model/types.js';

/**
 * Which parts of a public record free text searches (both adapters use this one list).
 * `codes` are identifiers people type with or without punctuation (numbers, designations,
 * factory codes, series); they are additionally indexed as one punctuation-free key.
 */
export interface SearchableText {
  texts: string[];
  codes: string[];
}

/** `codes` begins with the record's number (searchColumns relies on it). */
export function searchableText(record: PublicCertificate): SearchableText {
  const parties = [record.applicant, record.manufacturer, record.factory];
  return {
    texts: [
      ...parties.flatMap((p) => [p.nameZh, p.nameEn]),
      record.unitName,
      record.productNameZh,
      record.productNameEn,
      ...record.keyComponentConfigurations.flatMap((c) => c.components.map((k) => k.supplier)),
    ].filter((t) => t.length > 0),
    codes: [
      record.number,
      record.factory.factoryCode,
      record.series,
      ...record.models.map((m) => m.designation),
    ].filter((t) => t.length > 0),
  };
}

/** Applicant, manufacturer and the factory's operator: what the organisation filter matches. */
export function organisationIds(record: PublicCertificate): string[] {
  return [...new Set([record.applicant.id, record.manufacturer.id, record.factory.operatorId])];
}

/** Prefixes of `registry_document.verification_keys`: a number's key, a model designation's key. */
const NUMBER_KEY = 'n:';
const MODEL_KEY = 'm:';

/**
 * The keys batch verification looks a record up by (api/src/verification/verify.ts): its number's
 * punctuation-free key and each model designation's, prefixed by kind. Kept in
 * `registry_document.verification_keys` under a GIN index.
 */
export function verificationKeys(record: PublicCertificate): string[] {
  const keys = [NUMBER_KEY + designationKey(record.number), ...record.models.map((m) => MODEL_KEY + designationKey(m.designation))];
  return [...new Set(keys)].filter((key) => key.length > 2);
}

/** What an identifier's key (designationKey) may match among verificationKeys: a number or a designation. */
export function lookupKeys(keys: readonly string[]): string[] {
  return keys.flatMap((key) => [NUMBER_KEY + key, MODEL_KEY + key]);
}

/** Separates values in `registry_document.search_texts` / `search_codes` (never in a value: replaced by a space). */
const SEPARATOR = '\u001f';

/**
 * The searchable values as `registry_document` keeps them for the in-memory engine (memory/):
 * texts and codes, each joined by SEPARATOR, the number left out of codes (it has its own column).
 */
export function searchColumns(text: SearchableText): { texts: string; codes: string } {
  const join = (values: string[]) => values.map((v) => v.replaceAll(SEPARATOR, ' ')).join(SEPARATOR);
  return { texts: join(text.texts), codes: join(text.codes.slice(1)) };
}

/** A column written by searchColumns, as its values. */
export function splitSearchColumn(column: string): string[] {
  return column === '' ? [] : column.split(SEPARATOR);
}
