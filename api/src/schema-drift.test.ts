import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from './schema.js';
import { SDL_BANNER } from './sdl.js';

describe('the committed SDL', () => {
  it('matches the schema built from the code (run `pnpm schema` after changing the API)', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    expect(committed).toBe(SDL_BANNER + printSchema(await buildApiSchema()) + '\n');
  });
});
