import { useEffect, useState } from "react";
import type { IndicatorPreview } from "../preview";
import { call, DeskError, type DeskView } from "./api";

/** Step 4: each changed indicator's page as it will look, in both languages, drawn by the portal's own code. */
export function Preview({ view }: { view: DeskView }) {
  const [indicators, setIndicators] = useState<IndicatorPreview[] | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call<{ indicators: IndicatorPreview[] | null }>("GET", "/api/preview")
      .then((d) => setIndicators(d.indicators))
      .catch((e: DeskError) => setError(e.message));
  }, [view]);
  if (error) return <p role="alert">{error}</p>;
  if (indicators === undefined) return <p>Drawing the preview…</p>;
  if (indicators === null) return <p className="text-sm text-stone-700">The preview appears once the importer can read the content: fix the problems above.</p>;
  if (indicators.length === 0) return <p className="text-sm text-stone-700">No indicator changes yet.</p>;
  return (
    <section aria-label="Preview" className="space-y-4">
      <h3 className="font-semibold">Preview: the figure page as it will look, with the new figures</h3>
      {indicators.map((ind) => (
        <div key={ind.slug} className="grid gap-3 md:grid-cols-2" data-preview={ind.slug}>
          {(["zh", "en"] as const).map((locale) => {
            const page = ind.pages[locale];
            return (
              <article key={locale} lang={locale === "zh" ? "zh-CN" : "en"} className="rounded border border-stone-300 bg-white p-3">
                <h4 className="text-lg font-semibold">{page.name}</h4>
                {page.chartSvg && <img className="my-2 w-full" alt={`${page.name}: ${page.figures.map((f) => `${f.period} ${f.value}`).join(", ")}`} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(page.chartSvg)}`} />}
                <ul className="space-y-1 text-sm">
                  {page.figures.map((f, i) => (
                    <li key={i}>
                      <span className="font-semibold tabular-nums">{f.period}: {f.value}</span>
                      {f.quote && <span className="block text-stone-700">“{f.quote}” — {f.source}</span>}
                      {f.corrections.map((c, j) => (
                        <span key={j} className="block text-amber-900">
                          {locale === "zh" ? "更正" : "Corrected"} {c}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </article>
            );
          })}
        </div>
      ))}
    </section>
  );
}
