import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";

import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, LOCALES } from "@/lib/i18n/paths";
import { getCity } from "@/lib/data/city";
import { listTopics } from "@/lib/data/topics";
import { siteUrl } from "@/lib/env";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { PrintFooter } from "@/components/print-footer";
import { TEXT_SIZE_SCRIPT } from "@/lib/text-size";
import "../globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const city = await getCity();
  const lang = locale === "en" ? "en" : "zh";
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: city.portalName[lang], template: `%s · ${city.portalName[lang]}` },
    description: city.tagline[lang],
    applicationName: city.portalName[lang],
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#86391a" };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [city, topics, t, ts] = await Promise.all([getCity(), listTopics(), getTranslations("site"), getTranslations("sharing")]);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"} suppressHydrationWarning>
      <head>
        {/* A constant, not content: applies a remembered large-text choice before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: TEXT_SIZE_SCRIPT }} />
      </head>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skip")}
        </a>
        <SiteHeader portalName={city.portalName[locale]} locale={locale} topics={topics} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <div className="mx-auto w-full max-w-5xl px-4 sm:px-6">
          <PrintFooter origin={siteUrl()} locale={locale} labels={{ from: ts("printedFrom"), on: ts("printedOn") }} />
        </div>
        <SiteFooter city={city} locale={locale} />
      </body>
    </html>
  );
}
