import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/types";
import { Link } from "@/lib/i18n/link";
import { LanguageSwitch } from "./language-switch";
import { SearchForm } from "./search-form";
import { TextSizeToggle } from "./text-size-toggle";

export async function SiteHeader({ portalName }: { portalName: string }) {
  const [t, tj, ts, locale] = await Promise.all([
    getTranslations("site"),
    getTranslations("journalists"),
    getTranslations("sharing"),
    getLocale(),
  ]);
  const nav = [
    { href: "/", label: t("nav.home") },
    { href: "/sources", label: t("nav.source") },
    { href: "/data", label: t("nav.data") },
    { href: "/updates", label: t("nav.updates") },
    { href: "/about", label: t("nav.about") },
  ];
  return (
    <header className="border-b border-brand-100 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-800 no-underline">
          {portalName}
        </Link>
        <nav aria-label={t("nav.topics")} className="order-2 flex w-full flex-wrap gap-x-4 text-sm sm:order-none sm:w-auto sm:flex-1">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="text-ink hover:text-brand-700 hover:underline">
              {item.label}
            </Link>
          ))}
        </nav>
        <SearchForm
          locale={locale as Locale}
          label={tj("search.label")}
          placeholder={tj("search.placeholder")}
          button={tj("search.button")}
          className="order-3 w-full sm:order-none sm:w-auto"
        />
        <span className="ml-auto flex items-center gap-2 sm:ml-0">
          <TextSizeToggle label={ts("textSize")} />
          <LanguageSwitch locale={locale as Locale} label={t("language")} hint={t("languageLabel")} />
        </span>
      </div>
    </header>
  );
}
