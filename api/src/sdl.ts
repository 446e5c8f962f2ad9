export const SDL_BANNER =
  '# Generated from the resolver classes by `pnpm schema`: do not edit by hand.\n' +
  '# A test fails when this file and the code disagree.\n\n';
