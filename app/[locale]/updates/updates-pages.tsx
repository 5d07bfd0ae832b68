import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { listSourceSummaries, type SourceSummary } from "@/lib/data/updates";
import type { Locale } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/paths";
import { pageOf, pagePath, UPDATES_PAGE_SIZE, type Page } from "@/lib/paging";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { Pager } from "@/components/pager";
import { Section } from "@/components/section";

/**
 * /updates in pages (lib/paging.ts): the sources, newest first, UPDATES_PAGE_SIZE to a page, each
 * linking to its own page, which shows every figure it brought. Page 1 (/updates) also lists the
 * latest changes by date; later pages are /updates/page/<n>.
 */

/** Page `n` of the sources, or null past the last. */
export async function sourcesPage(n: number): Promise<{ page: Page; sources: SourceSummary[] } | null> {
  const all = await listSourceSummaries();
  const page = pageOf(all.length, UPDATES_PAGE_SIZE, n);
  return page ? { page, sources: all.slice(page.skip, page.skip + page.take) } : null;
}

export async function updatesMetadata(locale: Locale, n: number, pages: number): Promise<Metadata> {
  const [t, tp] = await Promise.all([getTranslations({ locale, namespace: "updates" }), getTranslations({ locale, namespace: "pager" })]);
  const title = n === 1 ? t("title") : tp("titled", { title: t("title"), page: n, pages });
  const metadata = pageMetadata(locale, pagePath("/updates", n), title, t("intro"), shareImagePath.home(locale));
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": localizedPath(locale, "/feed.xml") } } };
}

/** One page of sources, newest first, with the pager under them when there is more than one page. */
export async function SourcesSection({ page, sources, locale }: { page: Page; sources: SourceSummary[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "updates" });
  return (
    <Section id="sources-heading" title={t("sources")} headingClassName="mb-2 text-lg font-bold" data-testid="updates-sources">
      <ul className="divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white">
        {sources.map(({ source, date, figures }) => (
          <li key={source.slug} className="px-4 py-2">
            <Link href={`/sources/${source.slug}`} locale={locale} className="text-brand-700 underline">
              {source.title[locale]}
            </Link>
            <p className="text-sm text-muted">{t("sourceAdded", { count: figures, date: formatDate(date, locale) })}</p>
          </li>
        ))}
      </ul>
      {page.pages > 1 && (
        <div className="mt-4">
          <Pager page={page} base="/updates" locale={locale} />
        </div>
      )}
    </Section>
  );
}
