import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/domain/types";
import { LOCALES } from "@/lib/i18n/paths";
import { parsePageParam } from "@/lib/paging";
import { laterUpdatesPages } from "@/lib/data/paged-lists";
import { SourcesSection, sourcesPage, updatesMetadata } from "../../updates-pages";

type Props = PageProps<"/[locale]/updates/page/[page]">;

// Only the pages the sources fill are made; a page past the last is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const pages = await laterUpdatesPages();
  return LOCALES.flatMap((locale) => pages.map((page) => ({ locale, page })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = (await params) as { locale: Locale; page: string };
  const n = parsePageParam(page);
  const found = n ? await sourcesPage(n) : null;
  return found ? updatesMetadata(locale, found.page.page, found.page.pages) : {};
}

/** Older sources, UPDATES_PAGE_SIZE to a page; the latest changes by date are on page 1. */
export default async function UpdatesLaterPage({ params }: Props) {
  const { locale, page } = (await params) as { locale: Locale; page: string };
  setRequestLocale(locale);
  const n = parsePageParam(page);
  const found = n ? await sourcesPage(n) : null;
  if (!found) notFound();
  const [t, tp] = await Promise.all([getTranslations("updates"), getTranslations("pager")]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-muted">{tp("pageOf", { page: found.page.page, pages: found.page.pages })}</p>
      </header>
      <SourcesSection page={found.page} sources={found.sources} locale={locale} />
    </div>
  );
}
