import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  Kind, TypeInfo, getNamedType, isObjectType, parse, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { CertificateIndex, ResponseCache } from '@cqc/registry';
import { CANNOT, compileProjection } from './record-projection.js';

/**
 * The read path of the public registry's busiest query (docs/decisions/0010-registry-read-path.md):
 * an anonymous `certificate(number)` whose answer depends on the certificate's public record
 * alone is answered from a ResponseCache, which the RegistryCache empties for a number in the
 * tick it learns of that number's change. A miss runs the full GraphQL pipeline (Apollo,
 * armor, context, resolvers) and stores what it sent. Once a document has been answered that way
 * (so it passed parsing, validation and armor, which depend on the document alone), later misses
 * of it are answered here: one read of the record and a projection compiled from the document
 * (record-projection.ts), the same bytes the pipeline would send. Mounted after the rate limiter
 * and the JSON parser, before Apollo: hits are still counted and limited per client.
 */

/** How a cacheable document names the certificate: a variable or a literal. */
type NumberSource = { variable: string } | { literal: string };

/** Documents seen, cacheable or not (null), by query text. */
const DOCUMENTS = 500;
/** Accept headers remembered per document (Apollo's content type follows the Accept header). */
const ACCEPTS = 8;

/** A cacheable document, and what answering its misses here needs. */
interface Shape {
  source: NumberSource;
  alias: string;
  /** The operation's name: a request naming another one is the pipeline's to refuse. */
  operationName: string | null;
  /** The answer for a record; null when the selection needs graphql-js (fragments, repeated keys). */
  project: ((record: unknown) => unknown) | null;
  /** Apollo's headers for this document by Accept header, learnt from its first answer. */
  headers: Map<string, Record<string, string>>;
}

export function certificateFastPath(
  schema: GraphQLSchema,
  cache: ResponseCache,
  /** Where a miss reads the record; without it, every miss takes the full pipeline. */
  records?: Pick<CertificateIndex, 'getByNumbers'>,
): RequestHandler {
  const resolved = fieldsWithResolvers();
  const shapes = new Map<string, Shape | false>();
  const shapeOf = (query: string) => {
    let shape = shapes.get(query);
    if (shape === undefined) {
      // Bounded: made-up documents must not grow it; the few real ones come back at once.
      if (shapes.size >= DOCUMENTS) shapes.clear();
      shapes.set(query, (shape = classify(schema, query, resolved) ?? false));
    }
    return shape;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    // Signed-in callers (any Authorization) and anything but a JSON POST take the usual path,
    // so authentication and Apollo's CSRF prevention (which accepts application/json) are unchanged.
    if (req.method !== 'POST' || req.headers.authorization !== undefined || !req.is('application/json')) return next();
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
    if (!body || typeof body.query !== 'string' || body.extensions !== undefined) return next();
    if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') return next();
    const variables = body.variables ?? {};
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return next();
    const shape = shapeOf(body.query);
    if (!shape) return next();
    const raw = 'variable' in shape.source ? (variables as Record<string, unknown>)[shape.source.variable] : shape.source.literal;
    if (typeof raw !== 'string') return next();
    // As the resolver normalises it: the record, and so the answer, depends on this number only.
    const number = raw.trim().toUpperCase();
    const { alias } = shape;

    const accept = req.headers.accept ?? '';
    const key = `${accept}\n${body.operationName ?? ''}\n${JSON.stringify(variables)}\n${body.query}`;
    const hit = cache.get(key);
    if (hit) {
      res.set(hit.headers);
      res.status(200).send(hit.body);
      return;
    }
    const ticket = cache.ticket();
    const learnt = shape.headers.get(accept);
    const sameOperation = body.operationName == null || body.operationName === shape.operationName;
    if (records && shape.project && learnt && sameOperation) {
      answerHere(records, shape.project, number).then(
        (answer) => {
          // CANNOT: something graphql-js would report as an error; the pipeline answers with it.
          if (answer === CANNOT) return next();
          const sent = `${JSON.stringify({ data: { [alias]: answer } })}\n`;
          // Unknown numbers are not stored, as on the pipeline's path.
          if (answer !== null) cache.set(ticket, key, { body: Buffer.from(sent), headers: learnt, number });
          res.set(learnt);
          res.status(200).send(sent);
        },
        // A failed read: the pipeline reads again and reports a failure in GraphQL's shape.
        () => next(),
      );
      return;
    }
    const send = res.send.bind(res);
    res.send = (sent?: unknown) => {
      if (res.statusCode === 200 && typeof sent === 'string' && answered(sent, alias)) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.getHeaders())) if (typeof value === 'string') headers[name] = value;
        cache.set(ticket, key, { body: Buffer.from(sent), headers, number });
        if (!shape.headers.has(accept) && shape.headers.size < ACCEPTS) shape.headers.set(accept, headers);
      }
      return send(sent);
    };
    next();
  };
}

async function answerHere(records: Pick<CertificateIndex, 'getByNumbers'>, project: (record: unknown) => unknown, number: string) {
  const record = (await records.getByNumbers([number])).get(number);
  return record === undefined ? null : project(record);
}

/** A found certificate and no error: unknown numbers and refusals are never stored. */
function answered(body: string, alias: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown };
    return parsed.errors === undefined && parsed.data?.[alias] != null;
  } catch {
    return false;
  }
}

/**
 * A cacheable document: one query operation, no fragment definitions, no directives, exactly one
 * root field `certificate(number: …)`, and below it only plain fields of the record: a field with
 * its own resolver (`resolved`, e.g. `Certificate.statusAsOf`) may read more than the record.
 */
export function classify(schema: GraphQLSchema, query: string, resolved: ReadonlySet<string>): Shape | null {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: 2_000 });
  } catch {
    return null;
  }
  if (document.definitions.length !== 1) return null;
  const operation = document.definitions[0] as OperationDefinitionNode;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query' || operation.directives?.length) return null;
  const root = operation.selectionSet.selections;
  if (root.length !== 1 || root[0]!.kind !== Kind.FIELD || root[0]!.name.value !== 'certificate') return null;
  const field = root[0]!;
  if (field.directives?.length || field.arguments?.length !== 1 || field.arguments[0]!.name.value !== 'number') return null;
  const value = field.arguments[0]!.value;
  let source: NumberSource;
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    if (!definition || definition.defaultValue || operation.variableDefinitions!.length !== 1) return null;
    source = { variable: name };
  } else if (value.kind === Kind.STRING) {
    if (operation.variableDefinitions?.length) return null;
    source = { literal: value.value };
  } else return null;

  const queryType = schema.getQueryType();
  const certificateType = queryType?.getFields().certificate && getNamedType(queryType.getFields().certificate!.type);
  if (!isObjectType(certificateType)) return null;
  let pure = true;
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Directive() {
      pure = false;
    },
    FragmentSpread() {
      pure = false;
    },
    Field(node) {
      const parent = typeInfo.getParentType();
      const definition = typeInfo.getFieldDef();
      if (node === field || node.name.value === '__typename') return;
      const type = parent && getNamedType(parent);
      if (!definition || !type || !isObjectType(type) || resolved.has(`${type.name}.${node.name.value}`) || resolved.has(`?.${node.name.value}`)) pure = false;
    },
  }));
  if (!pure) return null;
  return {
    source,
    alias: field.alias?.value ?? 'certificate',
    operationName: operation.name?.value ?? null,
    project: field.selectionSet ? compileProjection(certificateType, field.selectionSet) : null,
    headers: new Map(),
  };
}

/**
 * `Type.field` of every type-graphql @FieldResolver (type-graphql gives plain fields a resolver
 * too, so the schema cannot tell them apart) and of every field named apart from its property;
 * `?.field` when the type is not known.
 */
export function fieldsWithResolvers(): Set<string> {
  const storage = getMetadataStorage();
  const names = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    const target = resolver.getObjectType?.();
    const type = storage.objectTypes.find((o) => o.target === target);
    names.add(`${type?.name ?? '?'}.${resolver.schemaName}`);
  }
  // A field named apart from its property is not a plain read of the record either.
  for (const field of storage.fields) {
    if (field.name === field.schemaName) continue;
    const type = storage.objectTypes.find((o) => o.target === field.target);
    names.add(`${type?.name ?? '?'}.${field.schemaName}`);
  }
  return names;
}
