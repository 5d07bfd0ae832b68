import { Link } from "@/lib/i18n/link";
import { latestFigure, type Indicator, type Locale } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { FigureBadge } from "./figure-badge";

/** A figure at a glance: the number as readers expect it, what it measures (its label, read out of context), its period; links to its page. */
export function IndicatorCard({ indicator, locale }: { indicator: Indicator; locale: Locale }) {
  const figure = latestFigure(indicator);
  return (
    <li className="rounded-lg border border-brand-100 bg-white p-4 shadow-sm">
      <Link href={`/indicators/${indicator.slug}`} className="group block no-underline">
        <p className="figure-value text-[length:min(1.5rem,8vw)] font-bold tabular-nums text-brand-800 group-hover:underline" data-testid="card-value">
          {formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written)}
        </p>
        <p className="mt-1 font-medium text-ink" data-testid="card-label">{indicator.label[locale]}</p>
      </Link>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
        <span>{formatPeriod(figure.period, locale)}</span>
        <FigureBadge figure={figure} />
      </p>
    </li>
  );
}
