import { extname } from 'node:path';

/**
 * What may be uploaded, as data: each accepted media type with the file-name extensions that
 * name it and the magic bytes its content must start with. The declared type is never trusted
 * alone: the bytes decide the family (PDF, PNG, JPEG, ZIP-based Office, OLE2-based Office) and
 * the declaration or extension only picks a member within it.
 */
export interface AcceptedType {
  mediaType: string;
  extensions: string[];
  magic: number[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  { mediaType: 'application/pdf', extensions: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', extensions: ['.png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], magic: ZIP },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'], magic: ZIP },
  { mediaType: 'application/msword', extensions: ['.doc'], magic: OLE2 },
  { mediaType: 'application/vnd.ms-excel', extensions: ['.xls'], magic: OLE2 },
];

/** Enough leading bytes to tell every accepted type apart. */
export const SNIFF_BYTES = Math.max(...ACCEPTED_TYPES.map((t) => t.magic.length));

/** Declarations that say nothing about the type: then the file name's extension decides. */
const UNSPECIFIC = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download']);

/**
 * The media type to store for a file, or null when it is not acceptable: its first bytes must
 * match an accepted type, and a specific declared type must be that type (a PNG declared as
 * application/pdf is refused, not silently relabelled). ZIP and OLE2 containers hold several
 * accepted types; a specific declaration or else the extension must say which.
 *
 * Known limit: a ZIP or OLE2 file that is not really a Word or Excel document passes when it is
 * declared as one. It is only ever served back as a download with `nosniff`, so it cannot be
 * executed by the browser; inspecting container contents is left to a virus scanner.
 */
export function acceptedMediaType(head: Buffer, declared: string, fileName: string): string | null {
  const family = ACCEPTED_TYPES.filter((t) => t.magic.every((byte, i) => head[i] === byte));
  if (family.length === 0) return null;
  const declaredType = declared.split(';')[0]!.trim().toLowerCase();
  if (!UNSPECIFIC.has(declaredType)) return family.find((t) => t.mediaType === declaredType)?.mediaType ?? null;
  if (family.length === 1) return family[0]!.mediaType;
  const extension = extname(fileName).toLowerCase();
  return family.find((t) => t.extensions.includes(extension))?.mediaType ?? null;
}

/** 20 MiB: a scanned, signed and sealed application form fits many times over. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
