import { getTranslations } from "next-intl/server";
import type { Figure, Locale } from "@/lib/domain/types";
import { formatPeriod, formatQualifier } from "@/lib/format";
import { FigureBadge } from "@/components/figure-badge";

/** The figure itself: the value as the portal writes it, its period, and its qualifier and the source's wording where they add to it. */
export async function ValuePanel({ figure, value, locale }: { figure: Figure; value: string; locale: Locale }) {
  const t = await getTranslations("figure");
  return (
    <section aria-label={t("value")} className="rounded-xl border border-brand-100 bg-white p-4 shadow-sm sm:p-5 print:p-3 print:shadow-none">
      <p className="figure-value text-[length:min(1.875rem,9vw)] font-bold tabular-nums text-brand-800 sm:text-5xl print:text-4xl" data-testid="figure-value">
        {value}
      </p>
      <dl className="mt-4 print:mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t("period")}</dt>
        <dd>{formatPeriod(figure.period, locale)}</dd>
        {/* Rows that add nothing to the value shown ("exact", the same spelling) are left out: the share control stays near the top. */}
        {figure.qualifier !== "exact" && (
          <>
            <dt className="text-muted">{t("qualifier")}</dt>
            <dd>{formatQualifier(figure.qualifier, locale)}</dd>
          </>
        )}
        {figure.change && (
          <>
            <dt className="text-muted">{t("states")}</dt>
            <dd>{t("change", { direction: figure.change })}</dd>
          </>
        )}
        {figure.stated && figure.stated.written !== value && (
          <>
            <dt className="text-muted">{t("asWritten")}</dt>
            <dd lang="zh-CN">{figure.stated.written}</dd>
          </>
        )}
      </dl>
      <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <FigureBadge figure={figure} />
        <span className="text-muted">{figure.derived ? t("derivedHelp") : t("statedHelp")}</span>
      </p>
    </section>
  );
}
