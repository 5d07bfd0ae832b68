import { getTranslations } from "next-intl/server";
import type { Figure, Locale } from "@/lib/domain/types";
import { formatDate, formatPeriod } from "@/lib/format";
import { Section } from "@/components/section";

/**
 * The figure's record: when it applies, when its source appeared, when a person last checked it, and
 * every correction made to it since it was published (a published figure never changes silently).
 */
type Props = {
  /** The figure shown, whose dates are listed. */
  figure: Figure;
  /** Every figure of the indicator: a correction to any period is listed. */
  figures: Figure[];
  format: (value: number, figure: Figure) => string;
  locale: Locale;
};

export async function FigureRecord({ figure, figures, format, locale }: Props) {
  const t = await getTranslations("figure");
  const corrected = figures.flatMap((f) => f.corrections.map((correction) => ({ figure: f, correction })));
  return (
    <>
      <Section id="dates-heading" title={t("dates")}>
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
      </Section>

      {corrected.length > 0 && (
        <Section id="corrections-heading" title={t("corrections")}>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {corrected.map(({ figure: f, correction: c }) => (
              <li key={`${f.period}-${c.date}-${c.oldValue}`}>
                {corrected.some((x) => x.figure !== figure) && `${formatPeriod(f.period, locale)} · `}
                {t("correctionRow", { date: formatDate(c.date, locale), old: format(c.oldValue, { ...f, qualifier: c.oldQualifier ?? f.qualifier }), new: format(c.newValue, { ...f, qualifier: c.newQualifier ?? f.qualifier }), reason: c.reason })}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
