import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from './auth/resolver.js';
import { RegistryResolver } from './registry/resolver.js';
import { CaseResolver } from './case/case-resolver.js';

/** The whole GraphQL schema, built from the resolver classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [RegistryResolver, AuthResolver, CaseResolver],
    // Inputs are checked in the services, next to the rule they come from.
    validate: false,
  });
}
