import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { assignCaseEngineer } from './case-assignment.js';
import { attachCaseDocument, detachCaseDocument } from './case-documents.js';
import { reload } from './case-resolver.js';
import { CertificationCaseType } from './case-types.js';

/** §3.2 documents on a case, and who handles it. Thin: parse, call the service, return. */
@Resolver()
export class CaseDocumentResolver {
  @Mutation(() => CertificationCaseType, { description: '§3.2: attach an uploaded document (POST /documents) to a draft, returned or supplement-requested case' })
  async attachCaseDocument(
    @Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number,
    @Arg('documentId', () => ID) documentId: string, @Arg('documentType', () => String, { description: 'A scheme document-type code' }) documentType: string,
    @Ctx() ctx: Context,
  ) {
    await attachCaseDocument(ctx, { caseId, version, documentId, documentType });
    return reload(ctx, caseId);
  }

  @Mutation(() => CertificationCaseType, { description: '§3.2: take a document off the case again (it stays uploaded)' })
  async detachCaseDocument(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Arg('documentId', () => ID) documentId: string, @Ctx() ctx: Context) {
    await detachCaseDocument(ctx, { caseId, version, documentId });
    return reload(ctx, caseId);
  }

  @Mutation(() => CertificationCaseType, { description: 'Give the case to an active engineer' })
  async assignCaseEngineer(@Arg('caseId', () => ID) caseId: string, @Arg('version', () => Int) version: number, @Arg('engineerId', () => ID) engineerId: string, @Ctx() ctx: Context) {
    await assignCaseEngineer(ctx, { caseId, version, engineerId });
    return reload(ctx, caseId);
  }
}
