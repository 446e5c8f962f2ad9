/** Writes the GraphQL SDL to api/schema.graphql (a test fails when the committed file drifts). */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildApiSchema } from '@cqc/api';
import { SDL_BANNER } from '@cqc/api/sdl';

const schema = await buildApiSchema();
writeFileSync('api/schema.graphql', SDL_BANNER + printSchema(schema) + '\n');
console.log('wrote api/schema.graphql');
