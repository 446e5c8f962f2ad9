import {
  Kind, getNullableType, isLeafType, isListType, isNonNullType, isObjectType,
  type FieldNode, type GraphQLObjectType, type GraphQLOutputType, type SelectionSetNode,
} from 'graphql';

/**
 * A selection set over plain record fields compiled into a function from the record to the
 * GraphQL answer, as graphql-js would complete it: each field read as a property (the default
 * resolver), leaves serialised by their scalar or enum, lists mapped, nulls kept where the type
 * allows them. Used by the certificate fast path (certificate-fast-path.ts) to answer a miss
 * without Apollo's pipeline once the same document has passed that pipeline.
 *
 * Anything graphql-js would report as an error (null in a non-null field, a value a scalar
 * refuses, a list that is not an array) makes the projection return CANNOT: the caller then
 * hands the request to the full pipeline, which produces the error the client would get anyway.
 */
export const CANNOT: unique symbol = Symbol('cannot project');

type Complete = (value: unknown) => unknown;

/** Compiles the selection of `type`; null when the selection uses anything beyond plain fields. */
export function compileProjection(type: GraphQLObjectType, selectionSet: SelectionSetNode): ((record: unknown) => unknown) | null {
  const complete = compileObject(type, selectionSet);
  return complete && ((record) => complete(record));
}

function compileObject(type: GraphQLObjectType, selectionSet: SelectionSetNode): Complete | null {
  const fields: Array<{ key: string; name: string; complete: Complete }> = [];
  const keys = new Set<string>();
  for (const selection of selectionSet.selections) {
    // Inline fragments and repeated response keys would need graphql-js's field merging: left to it.
    if (selection.kind !== Kind.FIELD || selection.directives?.length || selection.arguments?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    if (selection.name.value === '__typename') {
      fields.push({ key, name: '__typename', complete: () => type.name });
      continue;
    }
    const definition = type.getFields()[selection.name.value];
    if (!definition) return null;
    const complete = compileValue(definition.type, selection);
    if (!complete) return null;
    fields.push({ key, name: selection.name.value, complete });
  }
  return (source) => {
    if (typeof source !== 'object' || source === null) return CANNOT;
    const out: Record<string, unknown> = {};
    for (const { key, name, complete } of fields) {
      const value = name === '__typename' ? complete(undefined) : complete((source as Record<string, unknown>)[name]);
      if (value === CANNOT) return CANNOT;
      out[key] = value;
    }
    return out;
  };
}

function compileValue(type: GraphQLOutputType, node: FieldNode): Complete | null {
  const nonNull = isNonNullType(type);
  const inner = getNullableType(type);
  let complete: Complete | null;
  if (isListType(inner)) {
    const item = compileValue(inner.ofType as GraphQLOutputType, node);
    complete = item && ((value) => {
      if (!Array.isArray(value)) return CANNOT;
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) if ((out[i] = item(value[i])) === CANNOT) return CANNOT;
      return out;
    });
  } else if (isLeafType(inner)) {
    if (node.selectionSet) return null;
    complete = (value) => {
      try {
        const serialised = inner.serialize(value);
        return serialised === undefined ? CANNOT : serialised;
      } catch {
        return CANNOT;
      }
    };
  } else if (isObjectType(inner) && node.selectionSet) {
    complete = compileObject(inner, node.selectionSet);
  } else {
    // Interfaces and unions need type resolution: left to graphql-js.
    return null;
  }
  if (!complete) return null;
  const completeSome = complete;
  return (value) => (value === null || value === undefined ? (nonNull ? CANNOT : null) : completeSome(value));
}
