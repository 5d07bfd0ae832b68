import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/paths";
import { laterPageParams } from "@/lib/server/route-params";
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
  const parsed = laterPageParams.safeParse(await params);
  const found = parsed.success ? await sourcesPage(parsed.data.page) : null;
  return found && parsed.success ? updatesMetadata(parsed.data.locale, found.page.page, found.page.pages) : {};
}

/** Older sources, UPDATES_PAGE_SIZE to a page; the latest changes by date are on page 1. */
export default async function UpdatesLaterPage({ params }: Props) {
  const parsed = laterPageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, page: n } = parsed.data;
  setRequestLocale(locale);
  const found = await sourcesPage(n);
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
