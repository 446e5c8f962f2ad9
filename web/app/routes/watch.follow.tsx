import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { FollowCertificatesMutation, FollowManufacturerMutation, type WatchLanguage } from "../queries.server";

type FollowResult = { sent: string } | { failure: "EMAIL" | "TOO_MANY" | "NOT_FOUND" };

/** The FollowForm's target (no page of its own): asks the API to send the confirmation mail. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const language: WatchLanguage = form.get("language") === "EN" ? "EN" : "ZH";
  const number = String(form.get("number") ?? "");
  const manufacturerId = String(form.get("manufacturerId") ?? "");
  try {
    const sent = number
      ? (await graphql(FollowCertificatesMutation, { email, certificateNumbers: [number], language }, { request })).followCertificates.email
      : (await graphql(FollowManufacturerMutation, { email, manufacturerId, language }, { request })).followManufacturer.email;
    return data<FollowResult>({ sent });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    const e = error.errors[0]?.extensions;
    const failure = e?.reason === "TOO_MANY_FOLLOW_REQUESTS" ? "TOO_MANY" : e?.field === "email" ? "EMAIL" : "NOT_FOUND";
    return data<FollowResult>({ failure }, { status: 400 });
  }
}

/** A GET (a bookmarked or prefetched URL) has nothing to show here. */
export function loader() {
  return redirect("/");
}
