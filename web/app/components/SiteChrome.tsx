import { Form, Link, useLocation } from "@remix-run/react";
import { pick } from "../i18n";
import { useLang, useRootData, useT } from "../hooks";
import type { Role } from "../types";

/** Where a signed-in user's work is: the applicant's portal or the certification body's workbench. */
function WorkLink({ role }: { role: Role }) {
  const t = useT();
  if (role === "ENTERPRISE") {
    return (
      <Link to="/portal" className="site-nav__link" data-testid="nav-portal">
        {t("nav.portal")}
      </Link>
    );
  }
  if (role === "ENGINEER" || role === "INSPECTOR" || role === "REVIEWER" || role === "DECIDER" || role === "ADMIN") {
    return (
      <Link to="/workbench" className="site-nav__link" data-testid="nav-workbench">
        {t("nav.workbench")}
      </Link>
    );
  }
  if (role === "REGULATOR") {
    return (
      <Link to="/regulator" className="site-nav__link" data-testid="nav-regulator">
        {t("rg.nav")}
      </Link>
    );
  }
  if (role === "LAB") {
    return (
      <Link to="/lab" className="site-nav__link" data-testid="nav-lab">
        {t("nav.lab")}
      </Link>
    );
  }
  return null;
}

function LanguageSwitch() {
  const lang = useLang();
  const t = useT();
  const location = useLocation();
  const other = lang === "zh" ? "en" : "zh";
  return (
    <Form method="post" action="/lang" className="lang-switch">
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="button-link" lang={other === "zh" ? "zh-CN" : "en"} data-testid="lang-switch">
        {t("nav.switchTo")}
      </button>
    </Form>
  );
}

export function SiteHeader() {
  const root = useRootData();
  const lang = useLang();
  const t = useT();
  const location = useLocation();
  const viewer = root?.viewer;
  const loginHref =
    location.pathname === "/login" ? "/login" : `/login?redirectTo=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-title">
          <span className="site-title__name">{t("site.title")}</span>
          <span className="site-title__sub">{t("site.subtitle")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          {viewer ? <WorkLink role={viewer.role} /> : null}
          {viewer?.role === "ADMIN" ? (
            <Link to="/admin" className="site-nav__link" data-testid="nav-admin">
              {t("nav.admin")}
            </Link>
          ) : null}
          <Link to="/verify" className="site-nav__link" data-testid="nav-verify">{t("verify.nav")}</Link>
          <LanguageSwitch />
          {viewer ? (
            <div className="viewer">
              <span className="viewer__name" data-testid="viewer-name">
                {t("nav.signedInAs")}
                <Link to="/account/sessions" className="viewer__account" data-testid="nav-account" title={t("account.nav")}>
                  <strong>{viewer.displayName}</strong>
                </Link>
                <span className="viewer__org">
                  {pick(lang, viewer.organisation.nameZh, viewer.organisation.nameEn)} · {t(`role.${viewer.role}`)}
                </span>
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="button button--small" data-testid="logout">
                  {t("nav.logout")}
                </button>
              </Form>
            </div>
          ) : (
            <Link to={loginHref} className="button button--small" data-testid="login-link">
              {t("nav.login")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.note")}</p>
      </div>
    </footer>
  );
}
