import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { searchPageQuery } from "@/lib/api/schemas";
import { search, type SearchOutcome } from "@/lib/data/search";
import { listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { shareImagePath } from "@/lib/share/image-paths";
import { SearchResultCard } from "@/components/search-result-card";
import { SearchForm } from "@/components/search-form";

type Props = PageProps<"/[locale]/search">;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const PAGE_SIZE = 20;

/**
 * The page's parameters, validated with the API's own schema (lib/api/schemas.ts): the same bounds and
 * the same refusals. No q at all is the empty search page; a refused one is said plainly and never
 * echoed (10,000 characters in a heading help nobody).
 */
function readQuery(searchParams: Record<string, string | string[] | undefined>) {
  const raw = { q: first(searchParams.q), page: first(searchParams.page) };
  if (raw.q === undefined || raw.q.trim() === "") return { kind: "empty" as const };
  const parsed = searchPageQuery.safeParse(raw);
  if (parsed.success) return { kind: "ok" as const, ...parsed.data };
  const issue = parsed.error.issues[0];
  const problem = issue.path[0] === "page" ? "invalidPage" : issue.code === "too_big" ? "tooLong" : "invalidQuery";
  return { kind: "refused" as const, problem } as const;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const query = readQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "journalists" });
  const title = query.kind === "ok" ? t("search.titleFor", { q: query.q }) : t("search.title");
  // Result pages are not worth indexing; the search page itself is.
  return { ...pageMetadata(locale, "/search", title, t("search.prompt"), shareImagePath.home(locale)), ...(query.kind !== "empty" ? { robots: { index: false } } : {}) };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = readQuery(await searchParams);
  const t = await getTranslations("journalists");
  const q = query.kind === "ok" ? query.q : "";
  const outcome: SearchOutcome | null = query.kind === "ok" ? await search(query.q, locale, PAGE_SIZE, query.page) : null;
  // A search that finds nothing is no dead end: the nearest figures, and every topic.
  const topics = outcome && outcome.total === 0 ? await listTopics() : [];
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
      {query.kind === "empty" && <p className="text-muted">{t("search.prompt")}</p>}
      {query.kind === "refused" && (
        <p role="alert" data-testid="search-refused">
          {t(`search.${query.problem}`)}
        </p>
      )}
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
              <SearchResultCard key={`${r.kind}:${r.ref}`} result={r} locale={locale} kindLabel={t(`search.kinds.${r.kind}`)} />
            ))}
          </ol>
          {outcome.total === 0 && (
            <div className="mt-4 space-y-4">
              {outcome.nearest.length > 0 && (
                <section aria-labelledby="nearest-heading">
                  <h2 id="nearest-heading" className="mb-3 text-lg font-bold">
                    {t("search.nearest")}
                  </h2>
                  <ol className="space-y-3" data-testid="search-nearest">
                    {outcome.nearest.map((r) => (
                      <SearchResultCard key={`${r.kind}:${r.ref}`} result={r} locale={locale} kindLabel={t(`search.kinds.${r.kind}`)} />
                    ))}
                  </ol>
                </section>
              )}
              <section aria-labelledby="browse-heading">
                <h2 id="browse-heading" className="mb-3 text-lg font-bold">
                  {t("search.browse")}
                </h2>
                <ul className="flex flex-wrap gap-2" data-testid="search-topics">
                  {topics.map((topic) => (
                    <li key={topic.slug}>
                      <a href={localizedPath(locale, `/topics/${topic.slug}`)} className="inline-flex min-h-11 items-center rounded border border-brand-600 px-3 text-brand-700">
                        {topic.name[locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          )}
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
