import { signedIn } from "../cases/access.server";
import { graphql } from "../graphql.server";
import { beijingDate } from "./dates";
import { PlatformTodayQuery } from "./queries.server";

/** Today in Beijing by the platform's clock, for overdue flags (the API judges the deadlines itself). */
export async function platformToday(request: Request, token: string): Promise<string> {
  const { platformClock } = await signedIn(request, () => graphql(PlatformTodayQuery, {}, { token, request }));
  return beijingDate(platformClock.now);
}
