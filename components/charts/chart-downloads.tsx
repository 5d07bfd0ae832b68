import { getTranslations } from "next-intl/server";
import { chartPaths, embedHeight } from "@/lib/charts/chart-files";
import { toChartModel, BAR_ROW_HEIGHT } from "@/lib/charts/chart-model";
import type { Series } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { absoluteUrl } from "@/lib/seo";
import { CopyButton } from "@/components/copy-button";

/** The drawing's height in the embed: the Recharts model's, or a flow's rows. */
export function drawingHeight(series: Series, locale: Locale): number {
  if (series.kind === "flow") return series.points.length * BAR_ROW_HEIGHT;
  return toChartModel(series, locale, { stated: "", derived: "", shareOfTotal: () => "" }).height + (series.kind === "time-series" ? 48 : 0);
}

/** The iframe code for a chart's embed; its height is stated so the host page reserves the space. */
export function chartEmbedCode(slug: string, locale: Locale, title: string, height: number): string {
  const safeTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${absoluteUrl(chartPaths.embed(locale, slug))}" title="${safeTitle}" width="100%" height="${height}" style="border:0;max-width:720px" loading="lazy"></iframe>`;
}

export async function ChartDownloads({ slug, title, locale, series }: { slug: string; title: string; locale: Locale; series: Series }) {
  const t = await getTranslations("charts.page");
  const height = embedHeight(drawingHeight(series, locale));
  const code = chartEmbedCode(slug, locale, title, height);
  const files = [
    { kind: "png", href: chartPaths.png(locale, slug), label: t("png") },
    { kind: "svg", href: chartPaths.svg(locale, slug), label: t("svg") },
    { kind: "csv", href: chartPaths.csv(slug), label: t("csv") },
    { kind: "xlsx", href: chartPaths.xlsx(slug), label: t("xlsx") },
  ];
  return (
    <section aria-labelledby="download-heading">
      <h2 id="download-heading" className="mb-2 text-xl font-bold">
        {t("download")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("downloadIntro")}</p>
      <ul className="space-y-2">
        {files.map((f) => (
          <li key={f.kind}>
            <a href={f.href} download className="font-medium text-brand-700 underline" data-download={f.kind}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      <h3 className="mt-5 font-bold">{t("embed")}</h3>
      <p className="text-sm text-muted">{t("embedNote", { height })}</p>
      <pre id={`embed-code-${slug}`} className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-brand-50 p-3 text-xs" data-embed-code>
        {code}
      </pre>
      <div className="mt-2">
        <CopyButton text={code} targetId={`embed-code-${slug}`} label={t("copy")} copiedLabel={t("copied")} failedLabel={t("copyFailed")} />
      </div>
    </section>
  );
}
