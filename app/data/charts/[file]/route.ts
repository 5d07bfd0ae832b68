import { getChart, listAllCharts } from "@/lib/charts/catalog";
import { chartCsv, chartXlsx } from "@/lib/charts/chart-csv";
import { parseChartFile } from "@/lib/charts/chart-files";
import { chartSvg } from "@/lib/charts/chart-svg";
import { chartFileContent } from "@/components/charts/chart-caption";
import { toSeries } from "@/lib/charts/to-series";

// A chart's CSV and workbook (both languages, as /data/indicators.csv) and its SVG in each language, built once at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const charts = await listAllCharts();
  return charts.flatMap((c) => [`${c.spec.slug}.csv`, `${c.spec.slug}.xlsx`, `${c.spec.slug}.zh.svg`, `${c.spec.slug}.en.svg`].map((file) => ({ file })));
}

export async function GET(_: Request, { params }: RouteContext<"/data/charts/[file]">) {
  const { file } = await params;
  const parsed = parseChartFile(file);
  const chart = parsed ? await getChart(parsed.slug) : null;
  if (!parsed || !chart) return new Response("Not found", { status: 404 });
  if (parsed.kind === "csv") {
    return new Response(await chartCsv(chart, toSeries(chart.spec, chart.indicators)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${parsed.slug}.csv"`,
        "Access-Control-Allow-Origin": "*",
      },
    });
  }
  if (parsed.kind === "xlsx") {
    return new Response((await chartXlsx(chart, toSeries(chart.spec, chart.indicators))) as BodyInit, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${parsed.slug}.xlsx"`,
        "Access-Control-Allow-Origin": "*",
      },
    });
  }
  const { model, caption } = await chartFileContent(chart, parsed.locale);
  return new Response(chartSvg(model, caption), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${parsed.slug}.${parsed.locale}.svg"`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
