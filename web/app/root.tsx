import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, type ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPanel } from "./components/ErrorPanel";
import { SiteFooter, SiteHeader } from "./components/SiteChrome";
import { graphql, GraphQLRequestError } from "./graphql.server";
import { useLang, useRootData, useT } from "./hooks";
import { resolveLang } from "./lang.server";
import { LayoutQuery } from "./queries.server";
import { getSession, sessionStorage } from "./session.server";
import stylesHref from "./styles.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  // No favicon yet: an empty data URL stops browsers asking for /favicon.ico (a 404).
  { rel: "icon", href: "data:," },
];

// Every page inherits these (routes without their own `headers` take their parent's).
export const headers: HeadersFunction = () => ({
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
});

/**
 * The layout data (banner flag, signed-in user, language) changes only through a form post
 * (login, logout, language) or a `?lang=` link: plain navigations do not refetch it.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, currentUrl, nextUrl, defaultShouldRevalidate }) => {
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  return currentUrl.searchParams.get("lang") !== nextUrl.searchParams.get("lang");
};

export async function loader({ request }: LoaderFunctionArgs) {
  const headers = new Headers();
  const { lang, setCookie } = resolveLang(request);
  if (setCookie) headers.append("Set-Cookie", setCookie);

  const session = await getSession(request);
  const token = session.get("token");
  let result;
  try {
    result = await graphql(LayoutQuery, {}, { token, request });
  } catch (error) {
    // A revoked or expired token must not break public pages: retry anonymously.
    if (!(token && error instanceof GraphQLRequestError && error.code === "UNAUTHENTICATED")) throw error;
    result = await graphql(LayoutQuery, {}, { request });
  }
  if (token && !result.me) {
    session.unset("token");
    headers.append("Set-Cookie", await sessionStorage.commitSession(session));
  }

  const me = result.me;
  return data(
    {
      lang,
      demoData: result.registryInfo.demoData,
      viewer: me
        ? {
            displayName: me.displayName,
            role: me.role,
            organisation: { nameZh: me.organisation.nameZh, nameEn: me.organisation.nameEn },
          }
        : null,
    },
    { headers },
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <html lang={lang === "zh" ? "zh-CN" : "en"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function DemoBanner() {
  const t = useT();
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      {t("demo.banner")}
    </p>
  );
}

export default function App() {
  const root = useRootData();
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("site.skip")}
      </a>
      {root?.demoData ? <DemoBanner /> : null}
      <SiteHeader />
      <main id="main" className="container">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

/** Reached when the root loader fails (typically: the API is down), so it stays bilingual. */
export function ErrorBoundary() {
  return (
    <main id="main" className="container">
      <ErrorPanel bilingual />
    </main>
  );
}
