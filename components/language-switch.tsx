"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import type { Locale } from "@/lib/domain/types";
import { localizedPath, stripLocalePrefix } from "@/lib/i18n/paths";

/**
 * Links to the same page in the other language. The href is rendered on the server, so it
 * works without JavaScript; with it, the query (a search) is kept as well.
 */
type Props = { locale: Locale; label: string; hint: string; href?: string };

export function LanguageSwitch({ locale, label, hint, href: fixedHref }: Props) {
  const other: Locale = locale === "zh" ? "en" : "zh";
  const pathname = usePathname();
  const href = fixedHref ?? localizedPath(other, stripLocalePrefix(pathname));
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
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-brand-100 px-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      <span lang={lang}>{label}</span>
      <span className="sr-only"> {hint}</span>
    </a>
  );
}
