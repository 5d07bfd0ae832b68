import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { Series } from "@/lib/charts/series";
import type { ChartWithIndicators } from "@/lib/data/charts";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { Link } from "@/lib/i18n/link";
import { formatPoint } from "./point-text";

/** Each drawn figure's source sentence, with a link to its highlight in the source text; derived figures name their inputs. */
export async function ChartSources({ chart, series, config, locale }: { chart: ChartWithIndicators; series: Series; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const points = series.kind === "time-series" ? [...series.points, ...series.offAxis] : series.points;
  const figureOf = (slug: string, period: string) => chart.indicators.find((i) => i.slug === slug)?.figures.find((f) => f.period === period);
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="mb-2 text-xl font-bold">
        {t("page.sources")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("page.sourcesIntro")}</p>
      <ol className="space-y-4">
        {points.map((p) => {
          const figure = figureOf(p.indicatorSlug, p.period);
          return (
            <li key={p.key} className="rounded-lg border border-brand-100 p-3" data-source-for={p.key}>
              <p className="font-medium">
                <Link href={`/indicators/${p.indicatorSlug}`} className="text-brand-700 underline">
                  {config[p.key].label[locale]}
                </Link>
                : <span className="tabular-nums">{formatPoint(p, locale)}</span> · {formatPeriod(p.period, locale)}
              </p>
              {figure?.stated ? (
                <>
                  <blockquote lang="zh-CN" className="mt-1 border-l-4 border-brand-100 pl-3">
                    {figure.stated.quote}
                  </blockquote>
                  <p className="mt-1 text-sm text-muted">
                    <span lang="zh-CN">《{figure.stated.source.title.zh}》</span>
                    {locale === "en" && ` (${figure.stated.source.title.en})`} ·{" "}
                    <Link href={`/sources/${figure.stated.source.slug}#fig-${p.indicatorSlug}`} className="text-brand-700 underline">
                      {t("page.inSource")}
                    </Link>
                  </p>
                </>
              ) : (
                figure?.derived && <p className="mt-1 text-sm text-muted">{t("page.derivedFrom", { inputs: figure.derived.inputs.join(", ") })}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
