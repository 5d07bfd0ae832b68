import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/domain/types";
import { pagePath, pagerNumbers, type Page } from "@/lib/paging";

const target = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3";

/** Links between the pages of a long list (lib/paging.ts); renders nothing when the list fits on one page. */
export async function Pager({ page, base, locale }: { page: Page; base: string; locale: Locale }) {
  if (page.pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "pager" });
  const href = (n: number) => pagePath(base, n);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2" data-testid="pager">
      {page.page > 1 && (
        <Link href={href(page.page - 1)} rel="prev" locale={locale} className={`${target} border-brand-600 text-brand-700`}>
          {t("previous")}
        </Link>
      )}
      <ol className="flex flex-wrap items-center gap-2">
        {pagerNumbers(page.page, page.pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page.page ? (
                <span aria-current="page" className={`${target} border-brand-800 bg-brand-800 font-bold text-white`}>
                  <span className="sr-only">{t("page", { page: n })}</span>
                  <span aria-hidden="true">{n}</span>
                </span>
              ) : (
                <Link href={href(n)} locale={locale} className={`${target} border-brand-100 text-brand-700`} aria-label={t("page", { page: n })}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page.page < page.pages && (
        <Link href={href(page.page + 1)} rel="next" locale={locale} className={`${target} border-brand-600 text-brand-700`}>
          {t("next")}
        </Link>
      )}
      <span className="text-sm text-muted">{t("pageOf", { page: page.page, pages: page.pages })}</span>
    </nav>
  );
}
