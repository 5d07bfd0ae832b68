"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page in the other language; rendered on the server, so it works without JavaScript. */
export function LanguageSwitch({ label, description }: { label: string; description: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "zh" ? "en" : "zh";
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other === "zh" ? "zh-CN" : "en"}
      lang={other === "zh" ? "zh-CN" : "en"}
      aria-label={description}
      className="rounded border border-brand-100 px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </Link>
  );
}
