import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationUnit, Factory, Organisation, OrganisationKind } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';

export interface ApplicationParties {
  manufacturers: Organisation[];
  factories: Factory[];
}

/**
 * The manufacturers (生产者) and factories (生产企业) the signed-in applicant can name on a new
 * application: their own organisation and the factories it operates, and every manufacturer and
 * factory already on one of its certification units (an OEM arrangement the §3.2(3) agreements
 * cover). Who may ask is who may apply (CREATE_APPLICATION on their own organisation): staff
 * are refused. A list to choose from, not a rule: createApplication judges the parties itself.
 */
export async function applicationParties(em: EntityManager, viewer: Viewer | null): Promise<ApplicationParties> {
  const applicant = authorizeViewer(viewer, Operation.CREATE_APPLICATION, { organisationId: viewer?.organisationId ?? '' }).organisationId;
  const units = await em.find(CertificationUnit, { applicant }, { fields: ['manufacturer', 'factory'] });
  const manufacturerIds = new Set([applicant, ...units.map((u) => u.manufacturer.id)]);
  const factoryIds = [...new Set(units.map((u) => u.factory.id))];
  const manufacturers = await em.find(Organisation, { id: { $in: [...manufacturerIds] }, kind: OrganisationKind.ENTERPRISE }, { orderBy: { nameZh: 'asc' } });
  const factories = await em.find(
    Factory,
    { $or: [{ operator: applicant }, { id: { $in: factoryIds } }] },
    { populate: ['operator'], orderBy: { factoryCode: 'asc' } },
  );
  // The applicant's own organisation first: it is the usual manufacturer.
  manufacturers.sort((a, b) => Number(b.id === applicant) - Number(a.id === applicant));
  return { manufacturers, factories };
}
