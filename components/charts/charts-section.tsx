import { getTranslations } from "next-intl/server";
import type { ChartWithIndicators } from "@/lib/data/charts";
import type { Locale } from "@/lib/domain/types";
import { ChartBlock } from "./chart-block";
import { ChartKeys } from "./chart-keys";

const VARIANTS = {
  /** A compact chart per topic, each titled with a link to its topic. */
  home: { heading: "homeSection", id: "home-charts", testId: "home-charts", grid: "grid gap-4 sm:grid-cols-2 lg:grid-cols-3", compact: true, headingClass: "text-xl" },
  /** The topic's charts. */
  topic: { heading: "section", id: "charts-heading", testId: "topic-charts", grid: "grid gap-4 lg:grid-cols-2", compact: false, headingClass: "text-xl" },
  /** The charts that draw a figure, small, so its neighbours are one glance away. */
  figure: { heading: "figureSection", id: "indicator-charts-heading", testId: "indicator-charts", grid: "grid max-w-2xl gap-4", compact: true, headingClass: "text-lg" },
} as const;

/**
 * The charts section of the home, topic and figure pages: server-drawn charts, each linking
 * its chart page (where Recharts draws it). No client component, so these pages' JavaScript is unchanged.
 */
export async function ChartsSection({ charts, locale, variant }: { charts: ChartWithIndicators[]; locale: Locale; variant: keyof typeof VARIANTS }) {
  if (charts.length === 0) return null;
  const t = await getTranslations("charts");
  const v = VARIANTS[variant];
  return (
    <section aria-labelledby={v.id} data-testid={v.testId}>
      <h2 id={v.id} className={`mb-4 font-bold ${v.headingClass}`}>
        {t(v.heading)}
      </h2>
      <div className={v.grid}>
        {charts.map((chart) => (
          <ChartBlock
            key={chart.spec.slug}
            chart={chart}
            locale={locale}
            compact={v.compact}
            titleHref={variant === "topic" ? undefined : `/topics/${chart.topicSlug}`}
          />
        ))}
      </div>
      <ChartKeys />
    </section>
  );
}
