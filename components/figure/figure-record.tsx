import { getTranslations } from "next-intl/server";
import type { Figure, Locale } from "@/lib/domain/types";
import { formatDate, formatPeriod } from "@/lib/format";

/**
 * The figure's record: when it applies, when its source appeared, when a person last checked it, and
 * every correction made to it since it was published (a published figure never changes silently).
 */
export async function FigureRecord({ figure, format, locale }: { figure: Figure; format: (value: number) => string; locale: Locale }) {
  const t = await getTranslations("figure");
  return (
    <>
      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading" className="text-lg font-bold">
          {t("dates")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("period")}</dt>
          <dd>{formatPeriod(figure.period, locale)}</dd>
          {figure.stated && (
            <>
              <dt className="text-muted">{t("published")}</dt>
              <dd>{figure.stated.source.published ? formatDate(figure.stated.source.published, locale) : t("notStated")}</dd>
            </>
          )}
          <dt className="text-muted">{t("checked")}</dt>
          <dd>{formatDate(figure.checked, locale)}</dd>
          <dt className="text-muted">{t("added")}</dt>
          <dd>{formatDate(figure.added, locale)}</dd>
        </dl>
      </section>

      {figure.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading" className="text-lg font-bold">
            {t("corrections")}
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {figure.corrections.map((c) => (
              <li key={`${c.date}-${c.oldValue}`}>
                {t("correctionRow", { date: formatDate(c.date, locale), old: format(c.oldValue), new: format(c.newValue), reason: c.reason })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
