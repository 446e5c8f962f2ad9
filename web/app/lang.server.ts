import { DEFAULT_LANG, isLang, type Lang } from "./i18n";

const COOKIE = "lang";
const ONE_YEAR = 60 * 60 * 24 * 365;

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** A plain `lang=zh|en` cookie: not secret, so neither signed nor HttpOnly-sensitive. */
export function serializeLangCookie(lang: Lang): string {
  return `${COOKIE}=${lang}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`;
}

/**
 * `?lang=` wins over the cookie and is remembered (returned as a Set-Cookie value),
 * so a shared English link keeps the reader in English as they click on.
 */
export function resolveLang(request: Request): { lang: Lang; setCookie?: string } {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  const fromCookie = readCookie(request.headers.get("Cookie"), COOKIE);
  if (isLang(fromQuery)) {
    return { lang: fromQuery, setCookie: fromQuery !== fromCookie ? serializeLangCookie(fromQuery) : undefined };
  }
  return { lang: isLang(fromCookie) ? fromCookie : DEFAULT_LANG };
}

export function getLang(request: Request): Lang {
  return resolveLang(request).lang;
}
