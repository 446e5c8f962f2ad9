import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { schemeFor } from '@cqc/db';
import { Operation, can } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import type { Context } from '../context.js';
import { CaseAction, availableCaseActions } from './available-actions.js';
import { DOCUMENTS_EDITABLE } from './case-documents.js';
import { CertificationCaseType } from './case-types.js';
import { CaseDocumentRequirementType } from './document-requirement-types.js';
import { requiredDocumentTypesAt } from './document-requirements.js';

/**
 * What the viewer can do with a case they see: the commands they may give now, and the §3.2
 * document types with what each accepts. Field resolvers, so that a case list that does not ask
 * for them costs nothing.
 */
@Resolver(() => CertificationCaseType)
export class CaseHandlingResolver {
  @FieldResolver(() => [CaseAction], {
    description: 'Commands the signed-in viewer may give now (state machine × policy); data guards still answer with typed errors',
  })
  availableActions(@Root() c: CertificationCaseType, @Ctx() ctx: Context): CaseAction[] {
    return availableCaseActions(c.status, ctx.viewer, c.applicant.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may attach and detach §3.2 documents now (the applicant, while preparing or amending)' })
  canChangeDocuments(@Root() c: CertificationCaseType, @Ctx() ctx: Context): boolean {
    return DOCUMENTS_EDITABLE.includes(c.status) && can(ctx.viewer, Operation.SUBMIT_APPLICATION, { organisationId: c.applicant.id });
  }

  @FieldResolver(() => [CaseDocumentRequirementType], {
    description: '§3.2 document types of the case’s scheme (variation evidence excepted), in the scheme’s order',
  })
  async documentRequirements(@Root() c: CertificationCaseType, @Ctx() ctx: Context): Promise<CaseDocumentRequirementType[]> {
    const scheme = schemeFor(c.schemeId, c.schemeVersion);
    const required = new Set((await requiredDocumentTypesAt(ctx.em, scheme, c.factory.id, chinaDate(ctx.clock.now()))).map((d) => d.code));
    // Variation applications are not opened by this process (see document-requirements.ts).
    return scheme.documentTypes.filter((d) => d.requirement !== 'FOR_VARIATION').map((d) => {
      const formats = scheme.fileFormats.filter((f) => d.formats.includes(f.format));
      return {
        code: d.code, clause: `§${d.clause}`, nameZh: d.zh, nameEn: d.en, noteZh: d.note?.zh ?? null, noteEn: d.note?.en ?? null,
        required: required.has(d.code), mediaTypes: formats.flatMap((f) => f.mediaTypes), extensions: formats.flatMap((f) => f.extensions),
        maxSizeBytes: d.maxSizeBytes,
      };
    });
  }
}
