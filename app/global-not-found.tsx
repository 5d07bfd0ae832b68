import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { SiteHeader } from "@/components/site-header";
import { getCity } from "@/lib/data/city";
import { listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";
import { TEXT_SIZE_SCRIPT } from "@/lib/text-size";
import "./globals.css";

/**
 * Every address no page answers, in both languages: it is pre-rendered once and cannot see which
 * language was asked for. A global-not-found page (experimental.globalNotFound in next.config.ts)
 * because the root layouts are per language (app/[locale]/layout.tsx): a plain app/not-found.tsx
 * gets wrapped in Next's default <html><body> layout, and its own <html> nests inside that. Unknown paths reach it because no catch-all page calls notFound(): Next
 * renders that as an empty shell only JavaScript fills in (vercel/next.js#98954), a blank page on a
 * slow phone. It is links and GET forms, so it reads without JavaScript.
 *
 * The pre-paint script (the layout's, allowed by the CSP on every page) applies the reader's
 * large-text choice and sets lang="en" under /en; globals.css then shows the header in that language.
 */
export default async function NotFound() {
  const [zh, en, city, topics] = await Promise.all([texts("zh"), texts("en"), getCity(), listTopics()]);
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: TEXT_SIZE_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        <title>{`${zh.title} · ${en.title}`}</title>
        {(["zh", "en"] as const).map((locale) => (
          <SiteHeader
            key={locale}
            portalName={city.portalName[locale]}
            locale={locale}
            topics={topics}
            otherLanguageHref={localizedPath(locale === "zh" ? "en" : "zh", "/")}
            searchId={`site-search-${locale}`}
            className={`only-${locale}`}
          />
        ))}
        <main id="main" className="mx-auto max-w-xl gap-8 p-6 sm:p-8" data-not-found="">
          <NotFoundSection {...zh} />
          <NotFoundSection {...en} />
        </main>
      </body>
    </html>
  );
}

async function texts(locale: Locale) {
  const [t, ts] = await Promise.all([getTranslations({ locale, namespace: "notFound" }), getTranslations({ locale, namespace: "journalists.search" })]);
  return {
    locale,
    title: t("title"),
    body: t("body"),
    home: t("home"),
    search: { label: ts("label"), placeholder: ts("placeholder"), button: ts("button") },
  };
}

function NotFoundSection({ locale, title, body, home, search }: Awaited<ReturnType<typeof texts>>) {
  const Heading = locale === "zh" ? "h1" : "h2";
  return (
    <section lang={locale === "zh" ? "zh-CN" : "en"} className="space-y-3">
      <Heading className="text-2xl font-bold">{title}</Heading>
      <p>{body}</p>
      <SearchForm locale={locale} id={`search-${locale}`} {...search} />
      <p>
        <a className="inline-flex min-h-11 items-center text-brand-700 underline" href={localizedPath(locale, "/")}>
          {home}
        </a>
      </p>
    </section>
  );
}
