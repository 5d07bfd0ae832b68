import { getTranslations } from "next-intl/server";
import type { Bilingual, Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";
import { LanguageSwitch } from "./language-switch";
import { SearchForm } from "./search-form";
import { TextSizeToggle } from "./text-size-toggle";

export type HeaderTopic = { slug: string; name: Bilingual };

type Props = {
  portalName: string;
  locale: Locale;
  topics: HeaderTopic[];
  /** Where the language link goes when the page cannot know its own path (the 404 page). */
  otherLanguageHref?: string;
  /** The search box's id, for a page that shows two headers (the 404 page). */
  searchId?: string;
  className?: string;
};

// Every link and control is at least 44×44 px (WCAG 2.5.5), the size an older reader's finger needs.
const navLink =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded px-2 text-ink no-underline hover:bg-brand-50 hover:text-brand-700 hover:underline";

/**
 * The header on every page: the portal's name, search, the text-size and language controls, and
 * every topic one tap away. Plain links (no client code): on a phone the topics scroll sideways.
 */
export async function SiteHeader({ portalName, locale, topics, otherLanguageHref, searchId, className = "" }: Props) {
  const [t, tj, ts] = await Promise.all([
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "journalists" }),
    getTranslations({ locale, namespace: "sharing" }),
  ]);
  const href = (path: string) => localizedPath(locale, path);
  const nav = [
    { href: "/sources", label: t("nav.source") },
    { href: "/data", label: t("nav.data") },
    { href: "/updates", label: t("nav.updates") },
    { href: "/about", label: t("nav.about") },
  ];
  return (
    <header lang={locale === "zh" ? "zh-CN" : "en"} className={`border-b border-brand-100 bg-white print:hidden ${className}`} data-testid="site-header">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-1 sm:px-6" data-testid="header-top">
        <a href={href("/")} className="mr-auto inline-flex min-h-11 items-center text-lg font-bold text-brand-800 no-underline lg:whitespace-nowrap">
          {portalName}
        </a>
        {/* Below desktop width these pages are in the footer: a phone's first screen goes to topics and content. */}
        <nav aria-label={t("nav.site")} className="hidden lg:block">
          <ul className="flex text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <a href={href(item.href)} className={navLink}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm
          locale={locale}
          id={searchId}
          label={tj("search.label")}
          placeholder={tj("search.placeholder")}
          button={tj("search.button")}
          className="order-last w-full sm:order-none sm:w-auto"
        />
        <span className="flex flex-wrap items-center gap-2">
          <TextSizeToggle on={ts("textSizeOn")} off={ts("textSizeOff")} />
          <LanguageSwitch locale={locale} label={t("language")} hint={t("languageLabel")} href={otherLanguageHref} />
        </span>
      </div>
      <nav aria-label={t("nav.topics")} className="border-t border-brand-100 bg-brand-50" data-testid="topic-nav">
        <ul className="mx-auto flex max-w-6xl overflow-x-auto px-2 sm:flex-wrap sm:px-4">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <a href={href(`/topics/${topic.slug}`)} className={`${navLink} font-medium text-brand-800`}>
                {topic.name[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
