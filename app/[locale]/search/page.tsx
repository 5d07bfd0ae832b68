import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { search, type SearchOutcome } from "@/lib/data/search";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { shareImagePath } from "@/lib/share/image-paths";
import { Highlighted } from "@/components/highlighted";
import { SearchForm } from "@/components/search-form";

type Props = PageProps<"/[locale]/search">;

const queryOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value ?? "").trim();
const PAGE_SIZE = 20;
/** ?page=2 → 2; anything else (missing, 0, "abc") → 1. */
const pageOf = (value: string | string[] | undefined) => {
  const n = Number(queryOf(value));
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const q = queryOf((await searchParams).q);
  const t = await getTranslations({ locale, namespace: "journalists" });
  const title = q ? t("search.titleFor", { q }) : t("search.title");
  // Result pages are not worth indexing; the search page itself is.
  return { ...pageMetadata(locale, "/search", title, t("search.prompt"), shareImagePath.home(locale)), ...(q ? { robots: { index: false } } : {}) };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const q = queryOf(query.q);
  const t = await getTranslations("journalists");
  const tooLong = q.length > 100;
  const outcome: SearchOutcome | null = q && !tooLong ? await search(q, locale, PAGE_SIZE, pageOf(query.page)) : null;
  const pages = outcome ? Math.ceil(outcome.total / outcome.pageSize) : 0;
  const pageHref = (page: number) => `${localizedPath(locale, "/search")}?${new URLSearchParams({ q, ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{q ? t("search.titleFor", { q }) : t("search.title")}</h1>
      <SearchForm
        id="search-page-q"
        locale={locale}
        label={t("search.label")}
        placeholder={t("search.placeholder")}
        button={t("search.button")}
        defaultValue={q}
        className="max-w-md"
      />
      {!q && <p className="text-muted">{t("search.prompt")}</p>}
      {tooLong && <p role="alert">{t("search.tooLong")}</p>}
      {outcome && (
        <section aria-labelledby="results-heading">
          {/* The live region wraps the heading: a heading cannot itself take the status role. */}
          <div role="status">
            <h2 id="results-heading" className="mb-3 text-lg font-bold">
              {outcome.total ? t("search.count", { count: outcome.total, q }) : t("search.none", { q })}
            </h2>
          </div>
          <ol className="space-y-3" data-testid="search-results" start={(outcome.page - 1) * outcome.pageSize + 1}>
            {outcome.results.map((r) => (
              <li key={`${r.kind}:${r.ref}`} className="rounded-lg border border-brand-100 bg-white p-4" data-kind={r.kind} data-ref={r.ref}>
                <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{t(`search.kinds.${r.kind}`)}</p>
                <h3 className="mt-1 font-bold">
                  <a href={localizedPath(locale, r.path)} className="inline-flex min-h-11 min-w-11 items-center text-brand-800 underline">
                    {/* One flex item: separate ones would put spaces into the link's accessible name. */}
                    <span>
                      <Highlighted segments={r.titleSegments} />
                    </span>
                  </a>
                  {r.value && <span className="figure-value ml-2 font-bold tabular-nums text-ink">{r.value}</span>}
                </h3>
                <p className="mt-1 text-sm text-muted" lang={r.lang === "zh" ? "zh-CN" : "en"}>
                  <Highlighted segments={r.snippetSegments} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label={t("search.pages")} className="mt-4 flex flex-wrap items-center gap-3" data-testid="search-pages">
              {outcome.page > 1 && (
                <a href={pageHref(outcome.page - 1)} rel="prev" className="inline-flex min-h-11 items-center rounded border border-brand-600 px-3 text-brand-700">
                  {t("search.previous")}
                </a>
              )}
              <span className="text-sm text-muted">{t("search.pageOf", { page: outcome.page, pages })}</span>
              {outcome.page < pages && (
                <a href={pageHref(outcome.page + 1)} rel="next" className="inline-flex min-h-11 items-center rounded border border-brand-600 px-3 text-brand-700">
                  {t("search.next")}
                </a>
              )}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
