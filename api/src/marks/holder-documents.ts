import type { EntityManager } from '@mikro-orm/postgresql';
import { AppealDocument, CertificateChangeDocument, MarkApproval, StoredDocument, type FileFormat, type Scheme } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';

/**
 * Checks documents a holder attaches to a mark application or an appeal: its own organisation's
 * uploads, not yet used by a case, a change request, a mark application or an appeal, in a format
 * and size the scheme accepts. Another organisation's document looks like one that does not exist.
 */
export async function checkHolderDocuments(
  em: EntityManager, ids: string[], organisationId: string, scheme: Scheme,
  rule: { formats: FileFormat[]; maxSizeBytes: number }, field: { name: string; indexed: boolean },
): Promise<StoredDocument[]> {
  const out: StoredDocument[] = [];
  const accepted = scheme.fileFormats.filter((f) => rule.formats.includes(f.format)).flatMap((f) => f.mediaTypes);
  for (const [i, id] of ids.entries()) {
    const at = field.indexed ? `${field.name}[${i}]` : field.name;
    const document = isId(id) ? await em.findOne(StoredDocument, { id }) : null;
    if (!document || document.organisation.id !== organisationId) throw new AppError(ErrorCode.BAD_USER_INPUT, 'No such document', { field: at });
    const used = document.caseId || out.includes(document)
      || (await em.count(CertificateChangeDocument, { document })) > 0
      || (await em.count(MarkApproval, { designDocument: document })) > 0
      || (await em.count(AppealDocument, { document })) > 0;
    if (used) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The document is already used', { field: at });
    if (!accepted.includes(document.mediaType)) throw new AppError(ErrorCode.BAD_USER_INPUT, `Accepted: ${rule.formats.join(', ')} files`, { field: at });
    if (document.size > rule.maxSizeBytes) throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${rule.maxSizeBytes} bytes`, { field: at });
    out.push(document);
  }
  return out;
}
