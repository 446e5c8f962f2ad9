import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useLang, useT } from "../hooks";
import { pick, translator } from "../i18n";
import { getLang } from "../lang.server";
import { VerifySignUpMutation } from "../queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("verify.title")} · ${t("site.title")}` }, { name: "robots", content: "noindex" }];
};

/** The token is in this page's address: no link on it may carry that address to another site. */
export const headers: HeadersFunction = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

/** GET only shows the button: a mail scanner opening the link does not use the token. */
export async function loader({ request }: LoaderFunctionArgs) {
  return { lang: getLang(request) };
}

type ActionResult = { invalid: true } | { invalid: false; nameZh: string; nameEn: string };

export async function action({ request, params }: ActionFunctionArgs) {
  try {
    const { verifySignUp } = await graphql(VerifySignUpMutation, { token: params.token ?? "" }, { request });
    return { invalid: false, nameZh: verifySignUp.organisationNameZh, nameEn: verifySignUp.organisationNameEn } satisfies ActionResult;
  } catch (error) {
    if (error instanceof GraphQLRequestError && (error.code === "INVALID_SIGNUP_TOKEN" || error.code === "BAD_USER_INPUT")) {
      return data<ActionResult>({ invalid: true }, { status: 404 });
    }
    throw error;
  }
}

export default function VerifySignUpPage() {
  const result = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  return (
    <section className="login" aria-labelledby="verify-heading">
      <h1 id="verify-heading">{t("verify.title")}</h1>
      {result?.invalid ? (
        <>
          <p className="form-error" role="alert" data-testid="verify-invalid">{t("verify.invalid")}</p>
          <p><Link to="/signup">{t("signup.title")}</Link></p>
        </>
      ) : result ? (
        <p role="status" data-testid="verify-done">{t("verify.done", { name: pick(lang, result.nameZh, result.nameEn || result.nameZh) })}</p>
      ) : (
        <Form method="post" className="login__form">
          <p>{t("verify.intro")}</p>
          <button type="submit" className="button" data-testid="verify-submit">{t("verify.submit")}</button>
        </Form>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
