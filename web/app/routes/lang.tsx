import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { DEFAULT_LANG, isLang } from "../i18n";
import { serializeLangCookie } from "../lang.server";
import { safeRedirectPath } from "../redirect.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const value = form.get("lang");
  const lang = isLang(value) ? value : DEFAULT_LANG;
  // Drop a `?lang=` from the page we return to, or it would override the new choice.
  const target = new URL(safeRedirectPath(form.get("redirectTo")), "http://local");
  target.searchParams.delete("lang");
  return redirect(target.pathname + target.search, { headers: { "Set-Cookie": serializeLangCookie(lang) } });
}
