import { buildSchema, parse, type GraphQLObjectType, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CANNOT, compileProjection } from './record-projection.js';

const schema = buildSchema(`
  enum Status { VALID SUSPENDED }
  type Model { designation: String! grades: [Int!] }
  type Record { number: String! status: Status note: String models: [Model!]! }
  type Query { record: Record }
`);
const recordType = schema.getType('Record') as GraphQLObjectType;

function compile(selection: string) {
  const operation = parse(`{ record ${selection} }`).definitions[0] as OperationDefinitionNode;
  return compileProjection(recordType, (operation.selectionSet.selections[0] as FieldNode).selectionSet!);
}

describe('compileProjection', () => {
  it('reads plain fields under their aliases, in document order, serialising leaves', () => {
    const project = compile(`{ n: number __typename status models { designation grades } note }`)!;
    expect(JSON.stringify(project({ number: 'A1', status: 'VALID', models: [{ designation: 'X', grades: [1, 2] }], note: undefined, extra: 1 })))
      .toBe('{"n":"A1","__typename":"Record","status":"VALID","models":[{"designation":"X","grades":[1,2]}],"note":null}');
  });

  it('gives up (CANNOT) where graphql-js would report an error', () => {
    const project = compile(`{ number status models { designation } }`)!;
    expect(project({ status: 'VALID', models: [] })).toBe(CANNOT); // null in a non-null field
    expect(project({ number: 'A1', status: 'GONE', models: [] })).toBe(CANNOT); // not an enum value
    expect(project({ number: 'A1', status: null, models: 'x' })).toBe(CANNOT); // not a list
    expect(project({ number: 'A1', status: null, models: [null] })).toBe(CANNOT); // null item of [Model!]
  });

  it('does not compile what needs graphql-js: fragments, repeated keys, arguments, directives', () => {
    expect(compile(`{ ... on Record { number } }`)).toBeNull();
    expect(compile(`{ number number }`)).toBeNull();
    expect(compile(`{ number @include(if: true) }`)).toBeNull();
    expect(compile(`{ unknown }`)).toBeNull();
  });
});
