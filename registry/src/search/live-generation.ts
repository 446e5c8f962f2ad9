/** The alias readers resolve to the live generation unless a test or second registry names another. */
export const DEFAULT_ALIAS = 'certificates';

/** The live generation of the alias in $1, as SQL resolved inside each statement so a reader never mixes two. */
export const LIVE = `(select generation from registry_alias where alias = $1)`;
