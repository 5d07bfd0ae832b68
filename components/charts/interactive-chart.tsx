import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import { toChartModel } from "@/lib/charts/chart-model";
import type { Series } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { ServerChart } from "./chart-block";
import { ChartLoader } from "./chart-loader";

/**
 * The chart page's and the embed's drawing: the server chart first, Recharts once loaded.
 * A flow (stages and the split of the last stage) has no fitting Recharts form, so it stays
 * server-drawn here too, with a note saying so.
 */
export async function InteractiveChart({
  series,
  config,
  locale,
  summary,
  origin,
}: {
  series: Series;
  config: ChartConfig;
  locale: Locale;
  summary: string;
  /** Set in embeds: figure links become absolute and open in a new tab. */
  origin?: string;
}) {
  const t = await getTranslations("charts");
  const server = <ServerChart series={series} config={config} locale={locale} />;
  if (series.kind === "flow") {
    return (
      <>
        {server}
        <p className="mt-3 text-xs text-muted" data-server-only>
          {t("page.serverOnly")}
        </p>
      </>
    );
  }
  const model = toChartModel(series, locale, { stated: t("stated"), derived: t("derived"), shareOfTotal: (share) => t("shareOfTotal", { share }) }, { origin });
  const text = {
    bar: t("page.bar"),
    line: t("page.line"),
    form: t("page.form"),
    legend: t("page.legend"),
    hint: t("page.hint"),
    openFigure: t("page.openFigure"),
    loading: t("page.loading"),
  };
  return (
    <ChartLoader model={model} summary={summary} text={text} external={origin !== undefined}>
      {server}
    </ChartLoader>
  );
}
