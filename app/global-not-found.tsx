import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import type { Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";
import "./globals.css";

/**
 * Every address no page answers, in both languages: it is pre-rendered once and cannot see which
 * language was asked for. A global-not-found page (experimental.globalNotFound in next.config.ts)
 * because the root layouts are per language (app/[locale]/layout.tsx): a plain app/not-found.tsx
 * gets wrapped in Next's default <html><body> layout, and its own <html> nests inside that. Unknown paths reach it because no catch-all page calls notFound(): Next
 * renders that as an empty shell only JavaScript fills in (vercel/next.js#98954), a blank page on a
 * slow phone. Its scripts are refused by the page's CSP and not needed: it is links and a GET form.
 */
export default async function NotFound() {
  const [zh, en] = await Promise.all((["zh", "en"] as const).map(texts));
  return (
    <html lang="zh-CN">
      <body className="mx-auto max-w-xl p-6 sm:p-8">
        <title>{`${zh.title} · ${en.title}`}</title>
        <main className="space-y-8">
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
    <section lang={locale === "zh" ? undefined : "en"} className="space-y-3">
      <Heading className="text-2xl font-bold">{title}</Heading>
      <p>{body}</p>
      <SearchForm locale={locale} id={`search-${locale}`} {...search} />
      <p>
        <a className="text-brand-700 underline" href={localizedPath(locale, "/")}>
          {home}
        </a>
      </p>
    </section>
  );
}
