import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from './auth/resolver.js';
import { RegistryResolver } from './registry/resolver.js';
import { CaseResolver } from './case/case-resolver.js';
import { InspectionResolver } from './inspection/inspection-resolver.js';
import { TestModeResolver } from './jobs/test-mode-resolver.js';
import { TypeTestResolver } from './type-test/type-test-resolver.js';
import { AdminResolver } from './admin/admin-resolver.js';
import { CaseDocumentResolver } from './case/case-document-resolver.js';
import { PlanResolver } from './plan/plan-resolver.js';

/** The whole GraphQL schema, built from the resolver classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [RegistryResolver, AuthResolver, CaseResolver, TestModeResolver, InspectionResolver, TypeTestResolver, AdminResolver, CaseDocumentResolver, PlanResolver],
    // Inputs are checked in the services, next to the rule they come from.
    validate: false,
  });
}
