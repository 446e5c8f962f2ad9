import { GraphQLLocalDate } from 'graphql-scalars';

/** Calendar dates of the rule (issue, expiry, suspension end) carry no time of day. */
export const LocalDate = GraphQLLocalDate;
