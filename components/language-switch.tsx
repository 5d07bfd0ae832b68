"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import type { Locale } from "@/lib/domain/types";
import { localizedPath, stripLocalePrefix } from "@/lib/i18n/paths";

/**
 * Links to the same page in the other language. The href is rendered on the server, so it
 * works without JavaScript; with it, the query (a search) is kept as well.
 */
export function LanguageSwitch({ locale, label, hint }: { locale: Locale; label: string; hint: string }) {
  const other: Locale = locale === "zh" ? "en" : "zh";
  const href = localizedPath(other, stripLocalePrefix(usePathname()));
  const keepQuery = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!window.location.search || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    window.location.assign(href + window.location.search);
  };
  const lang = other === "zh" ? "zh-CN" : "en";
  return (
    <a
      href={href}
      hrefLang={lang}
      onClick={keepQuery}
      className="rounded border border-brand-100 px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      <span lang={lang}>{label}</span>
      <span className="sr-only"> {hint}</span>
    </a>
  );
}
