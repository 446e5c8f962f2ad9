import { Lab, Organisation, OrganisationKind } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { adminTime, audit, badInput, inTransaction, lockVersion, type AdminContext } from './admin-write.js';

/** 统一社会信用代码: 18 characters of digits and capitals without I, O, S, V, Z (GB 32100-2015). */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const MAX_ITEM = 200;

/**
 * A CMA scope as stored: each test item trimmed, none empty, none twice. Lab assignment (§4.1.1)
 * compares test items with these exactly, so stray spaces or duplicates would hide a mismatch.
 */
export function normaliseScope(items: readonly string[]): string[] {
  if (items.length === 0) throw badInput('cmaScope', 'The CMA scope lists at least one test item');
  const seen = new Set<string>();
  return items.map((raw, i) => {
    const item = raw.trim();
    if (!item) throw badInput(`cmaScope[${i}]`, `Test item ${i + 1} is empty`);
    if (item.length > MAX_ITEM) throw badInput(`cmaScope[${i}]`, `Test item ${i + 1} is longer than ${MAX_ITEM} characters`);
    if (seen.has(item)) throw badInput(`cmaScope[${i}]`, `“${item}” is listed twice`);
    seen.add(item);
    return item;
  });
}

function certificateNo(raw: string): string {
  const no = raw.trim();
  if (!no) throw badInput('cmaCertificateNo', 'The CMA certificate number is missing');
  if (no.length > 100) throw badInput('cmaCertificateNo', 'The CMA certificate number is longer than 100 characters');
  return no;
}

function required(field: string, raw: string | null | undefined, what: string): string {
  const value = raw?.trim() ?? '';
  if (!value) throw badInput(field, `${what} is missing`);
  return value;
}

export interface NewLab {
  nameZh: string;
  nameEn?: string | null;
  addressZh: string;
  addressEn?: string | null;
  creditCode?: string | null;
  cmaCertificateNo: string;
  cmaScope: string[];
}

/** A new lab: its organisation (kind LAB) and its CMA accreditation, audited together. */
export async function createLab(ctx: AdminContext, input: NewLab): Promise<Lab> {
  const at = adminTime(ctx);
  const nameZh = required('nameZh', input.nameZh, 'The Chinese name');
  const addressZh = required('addressZh', input.addressZh, 'The Chinese address');
  const creditCode = input.creditCode?.trim().toUpperCase() || null;
  if (creditCode && !CREDIT_CODE.test(creditCode)) throw badInput('creditCode', `${creditCode} is not a unified social credit code (18 characters)`);
  const cmaCertificateNo = certificateNo(input.cmaCertificateNo);
  const cmaScope = normaliseScope(input.cmaScope);

  return inTransaction(ctx, 'lab', async (tx) => {
    if (creditCode && (await tx.count(Organisation, { creditCode }))) throw badInput('creditCode', `An organisation with credit code ${creditCode} exists already`);
    if (await tx.count(Lab, { cmaCertificateNo })) throw badInput('cmaCertificateNo', `A lab with CMA certificate ${cmaCertificateNo} exists already`);
    const organisation = tx.create(Organisation, {
      kind: OrganisationKind.LAB, nameZh, nameEn: input.nameEn?.trim() ?? '', addressZh, addressEn: input.addressEn?.trim() ?? '', creditCode,
    });
    const lab = tx.create(Lab, { organisation, cmaCertificateNo, cmaScope });
    audit(tx, at, {
      action: 'lab.created', aggregateType: 'lab', aggregateId: lab.id,
      payload: { organisationId: organisation.id, nameZh, creditCode, cmaCertificateNo, cmaScope },
    });
    await tx.flush();
    return lab;
  });
}

/** A changed CMA accreditation: later lab assignments check test items against the new scope. */
export async function updateLabScope(ctx: AdminContext, input: { labId: string; version: number; cmaCertificateNo: string; cmaScope: string[] }): Promise<Lab> {
  const at = adminTime(ctx);
  const cmaCertificateNo = certificateNo(input.cmaCertificateNo);
  const cmaScope = normaliseScope(input.cmaScope);

  return inTransaction(ctx, 'lab', async (tx) => {
    const lab = isId(input.labId) ? await tx.findOne(Lab, { id: input.labId }, { populate: ['organisation'] }) : null;
    if (!lab) throw new AppError(ErrorCode.NOT_FOUND, 'No such lab');
    await lockVersion(tx, lab, input.version);
    if (await tx.count(Lab, { cmaCertificateNo, id: { $ne: lab.id } })) throw badInput('cmaCertificateNo', `Another lab has CMA certificate ${cmaCertificateNo}`);
    const from = { cmaCertificateNo: lab.cmaCertificateNo, cmaScope: [...lab.cmaScope] };
    lab.cmaCertificateNo = cmaCertificateNo;
    lab.cmaScope = cmaScope;
    audit(tx, at, {
      action: 'lab.scope-updated', aggregateType: 'lab', aggregateId: lab.id,
      payload: { from, to: { cmaCertificateNo, cmaScope } },
    });
    await tx.flush();
    return lab;
  });
}
