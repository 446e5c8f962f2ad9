import { Certificate, SurveillancePlan, currentScheme, timeLimit } from '@cqc/db';
import { Operation, authorize } from '../auth/policy.js';
import { addMonths } from '../calendar/iso-date.js';
import type { SurveillanceContext } from './surveillance-command.js';
import { SYSTEM } from '../case/run-case-command.js';
import { uncoveredItems } from './visit-rules.js';

export interface Coverage {
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
  coveredItemIds: string[];
  uncoveredItemIds: string[];
}

/**
 * §7.1.3: "证书有效期内至少覆盖 CQC/F002-2009 中规定的全部项目". Items checked at visits within the
 * current validity (expiry minus the scheme's validity) count; the rest are still to be covered.
 * Null when the certificate does not exist or is not visible to the caller.
 */
export async function surveillanceCoverage(ctx: SurveillanceContext, number: string): Promise<Coverage | null> {
  const scheme = ctx.scheme ?? currentScheme;
  const certificate = await ctx.em.findOne(Certificate, { number }, { populate: ['unit.applicant'] });
  if (!certificate) return null;
  if (ctx.viewer !== SYSTEM) {
    try {
      authorize(ctx.viewer, Operation.READ_SURVEILLANCE, { organisationId: certificate.unit.applicant.id });
    } catch (error) {
      if (ctx.viewer) return null;
      throw error;
    }
  }
  const validity = timeLimit(scheme, 'CERTIFICATE_VALIDITY');
  const validFrom = addMonths(certificate.expiresOn, -12 * validity.amount);
  const visits = await ctx.em.find(SurveillancePlan, { certificate, visitedOn: { $gte: validFrom, $lte: certificate.expiresOn } }, { fields: ['checkedItemIds'] });
  const covered = new Set(visits.flatMap((v) => v.checkedItemIds));
  const order = scheme.checklists.qaCapability.items.map((i) => i.id);
  return {
    certificateNumber: number, validFrom, validUntil: certificate.expiresOn,
    coveredItemIds: order.filter((id) => covered.has(id)), uncoveredItemIds: uncoveredItems(scheme, covered),
  };
}
