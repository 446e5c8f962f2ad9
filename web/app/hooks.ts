import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LANG, translator, type Lang, type Translate } from "./i18n";
import type { loader as rootLoader } from "./root";

export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}

/** The page language; Chinese when the root loader did not run (e.g. the API is down). */
export function useLang(): Lang {
  return useRootData()?.lang ?? DEFAULT_LANG;
}

export function useT(): Translate {
  return translator(useLang());
}
