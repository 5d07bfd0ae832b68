import type { Content } from "../content/load";
import { isDerived } from "../content/load";
import type { ExistingIndicator } from "./match";

/** The indicators in loaded content/, as the matcher sees them (stated figures only: derived ones have no sentence). */
export function existingIndicators(content: Content): ExistingIndicator[] {
  return content.topics.flatMap((topic) =>
    topic.indicators.map((ind) => ({
      slug: ind.slug,
      unit: ind.unit,
      wording: ind.name.zh,
      file: topic.file,
      figures: ind.figures.flatMap((f) =>
        isDerived(f) ? [] : [{ quote: f.quote.replace(/\s+/g, ""), written: f.written, period: f.period, source: f.source }],
      ),
    })),
  );
}
