import { getTranslations } from "next-intl/server";
import { getCity } from "@/lib/data/city";
import type { ChartWithIndicators } from "@/lib/data/charts";
import type { Locale } from "@/lib/domain/types";
import { chartPaths } from "@/lib/charts/chart-files";
import { siteUrl } from "@/lib/env";
import { absoluteUrl } from "@/lib/seo";
import { chartParts } from "./chart-block";
import { ChartFrame } from "./chart-frame";
import { ChartKeys } from "./chart-keys";
import { InteractiveChart } from "./interactive-chart";

/**
 * A chart for other sites' pages: the server chart (Recharts once loaded), its source line and
 * a link back, with every link opening the portal in a new tab. The embed layout's <html> says
 * zh-CN for every embed, so the English one carries lang="en" on its own root element.
 */
export async function ChartEmbed({ chart, locale }: { chart: ChartWithIndicators; locale: Locale }) {
  const [{ series, config, sources, summary }, t, city] = await Promise.all([
    chartParts(chart, locale),
    getTranslations({ locale, namespace: "charts.page" }),
    getCity(),
  ]);
  const origin = siteUrl();
  return (
    <div lang={locale === "zh" ? "zh-CN" : "en"} className="p-2 font-sans" data-testid="chart-embed" data-chart-embed={chart.spec.slug}>
      <ChartFrame series={series} config={config} locale={locale} sources={sources} summary={summary} hideTable origin={origin} heading="h2" compact>
        <InteractiveChart series={series} config={config} locale={locale} summary={summary} origin={origin} />
      </ChartFrame>
      <p className="mt-2 text-sm">
        <a href={absoluteUrl(chartPaths.page(locale, chart.spec.slug))} target="_blank" rel="noopener" className="text-brand-700 underline">
          {t("viewOnPortal", { portal: city.portalName[locale] })}
        </a>
      </p>
      <ChartKeys />
    </div>
  );
}
