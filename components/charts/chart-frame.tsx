import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { localizedPath } from "@/lib/i18n/paths";
import type { ChartConfig } from "@/lib/charts/config";
import type { Series } from "@/lib/charts/series";
import { seriesPeriods } from "@/lib/charts/to-series";
import type { Locale, SourceRef } from "@/lib/domain/types";
import { formatPeriod, formatUnit, formatValue } from "@/lib/format";
import { formatPoint, formatShare } from "./point-text";

type Props = {
  series: Series;
  config: ChartConfig;
  locale: Locale;
  /** The sources the charted figures quote. */
  sources: SourceRef[];
  /** One sentence saying what the chart shows, for screen readers. */
  summary: string;
  /** A smaller frame, for the home page and figure pages. */
  compact?: boolean;
  /** Where the title links to (the topic, from the home page). */
  titleHref?: string;
  /** The chart's own page, linked under the chart; omitted on that page itself. */
  chartHref?: string;
  /** The chart page shows the table as its own view. */
  hideTable?: boolean;
  /** The title's heading level: h3 inside a page's charts section, h2 on the chart's own page. */
  heading?: "h2" | "h3";
  /** Set in embeds: links become absolute and open the portal in a new tab, never inside the frame. */
  origin?: string;
  children: ReactNode;
};

/**
 * The caption sandwich around every chart: title, unit and period above; the
 * drawing; then the same numbers as a table one click away and the sources line
 * linking each figure's page. Everything is server HTML, complete without JavaScript.
 */
export async function ChartFrame({ series, config, locale, sources, summary, compact, titleHref, chartHref, hideTable, heading: Heading = "h3", origin, children }: Props) {
  const t = await getTranslations("charts");
  const sep = locale === "zh" ? "、" : ", ";
  // Different units can read the same (次 for calls and for visits); list each reading once.
  const units = [...new Set(series.points.map((p) => formatUnit(p.unit, locale)))];
  const periods = seriesPeriods(series).map((p) => formatPeriod(p, locale));
  const hasComputed = series.kind === "breakdown" || series.kind === "flow";
  const indicatorPoints = [...new Map(series.points.map((p) => [p.indicatorSlug, p])).values()];
  const titleId = `chart-${series.chart}-title`;
  const notes = chartNotes(series, locale, t);

  return (
    <figure
      className={`rounded-xl border border-brand-100 bg-white shadow-sm ${compact ? "p-4" : "p-4 sm:p-5"}`}
      aria-labelledby={titleId}
      data-chart={series.chart}
      data-chart-kind={series.kind}
    >
      <figcaption>
        <Heading id={titleId} className={`font-bold text-ink ${compact ? "text-base" : "text-lg"}`}>
          {titleHref ? (
            <Link href={titleHref} className="underline-offset-4 hover:underline">
              {series.title[locale]}
            </Link>
          ) : (
            series.title[locale]
          )}
        </Heading>
        <p className="text-sm text-muted">
          {t("meta", { units: units.join(sep), periods: periods.join(sep) })}
        </p>
      </figcaption>
      <p className="sr-only">{summary}</p>

      <div className="mt-4">{children}</div>

      {notes.length > 0 && (
        <ul className="mt-3 space-y-1 text-xs text-muted" data-chart-notes>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}

      {!hideTable && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-4">{t("showTable")}</summary>
          <div className="mt-2 overflow-x-auto">
            <ChartTable series={series} config={config} locale={locale} />
          </div>
        </details>
      )}

      <p className="mt-3 text-xs text-muted">
        {t("sources")}
        {sources.map((s, i) => (
          <span key={s.slug}>
            {i > 0 && sep}
            <span lang="zh-CN">《{s.title.zh}》</span>
            {locale === "en" && ` (${s.title.en})`}
          </span>
        ))}
        {" · "}
        {t("figures")}
        {indicatorPoints.map((p, i) => (
          <span key={p.indicatorSlug}>
            {i > 0 && sep}
            {origin ? (
              <a href={`${origin}${localizedPath(locale, `/indicators/${p.indicatorSlug}`)}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                {config[p.key].label[locale]}
              </a>
            ) : (
              <Link href={`/indicators/${p.indicatorSlug}`} className="text-brand-700 underline">
                {config[p.key].label[locale]}
              </Link>
            )}
            {p.derived && ` (${t("derived")})`}
          </span>
        ))}
        {hasComputed && <span className="block">{t("computedNote")}</span>}
      </p>
      {chartHref && (
        <p className="mt-2 text-sm">
          <Link href={chartHref} className="font-medium text-brand-700 underline underline-offset-4" data-chart-page-link>
            {t("chartPage")} →
          </Link>
        </p>
      )}
    </figure>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"charts">>>;

/** What a reader must know before comparing the bars: mixed periods, figures off the year axis, gaps. */
export function chartNotes(series: Series, locale: Locale, t: Translate): string[] {
  const sep = locale === "zh" ? "、" : ", ";
  if (series.kind !== "time-series") return seriesPeriods(series).length > 1 ? [t("mixedPeriods")] : [];
  const notes: string[] = [];
  const years = series.points.map((p) => Number(p.period));
  const gaps: string[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) if (!years.includes(y)) gaps.push(formatPeriod(String(y), locale));
  if (gaps.length) notes.push(t("gaps", { years: gaps.join(sep) }));
  if (series.points.some((p) => p.derived)) notes.push(t("derivedMark"));
  if (series.offAxis.length) {
    notes.push(`${t("offAxis")} ${series.offAxis.map((p) => `${p.label[locale]} ${formatPoint(p, locale)} (${formatPeriod(p.period, locale)})`).join(sep)}`);
  }
  return notes;
}

/** Every value the chart draws (and, for a series over time, the figures beside its axis), as in the chart's CSV. */
export async function ChartTable({ series, config, locale }: { series: Series; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const sep = locale === "zh" ? "、" : ", ";
  const periods = seriesPeriods(series).map((p) => formatPeriod(p, locale));
  const hasComputed = series.kind === "breakdown" || series.kind === "flow";
  const points = series.kind === "time-series" ? [...series.points, ...series.offAxis] : series.points;
  return (
    <table className="w-full border-collapse text-left tabular-nums" data-chart-table>
      <caption className="sr-only">{series.title[locale]}</caption>
      <thead>
        <tr className="border-b border-brand-100">
          <th scope="col" className="py-1 pr-3 font-medium">{t("table.item")}</th>
          <th scope="col" className="py-1 pr-3 font-medium">{t("table.value")}</th>
          <th scope="col" className="py-1 pr-3 font-medium">{t("table.period")}</th>
          {hasComputed && <th scope="col" className="py-1 pr-3 font-medium">{t("table.share")}*</th>}
          <th scope="col" className="py-1 font-medium">{t("table.origin")}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => {
          const share = "share" in p ? (p.share as number) : "shareOfParent" in p ? (p.shareOfParent as number | null) : null;
          return (
            <tr key={p.key} className="border-b border-brand-50" data-indicator={p.indicatorSlug}>
              <th scope="row" className="py-1 pr-3 font-normal">{config[p.key].label[locale]}</th>
              <td className="py-1 pr-3" data-value={p.value}>{formatPoint(p, locale)}</td>
              <td className="py-1 pr-3">{formatPeriod(p.period, locale)}</td>
              {hasComputed && <td className="py-1 pr-3">{share !== null ? formatShare(share, locale) : "—"}</td>}
              <td className="py-1">{p.derived ? t("derived") : t("stated")}</td>
            </tr>
          );
        })}
        {series.kind === "breakdown" && (
          <tr className="font-bold">
            <th scope="row" className="py-1 pr-3">{t("table.total")}*</th>
            <td className="py-1 pr-3">{formatValue(series.total, series.points[0].unit, series.totalQualifier, locale)}</td>
            <td className="py-1 pr-3">{periods.join(sep)}</td>
            <td className="py-1 pr-3">100%</td>
            <td className="py-1 font-normal">{t("derived")}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
