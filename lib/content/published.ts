import { figureId } from "./figure-id";
import { groupByPeriod } from "./figure-groups";
import type { Content } from "./load";

/**
 * Nothing changes silently: the import compares content/ with the figures the database already
 * publishes. A published figure whose value or qualifier changed needs a correction entry in its
 * content (date, old value, new value, reason); one that disappears needs a withdrawal in
 * content/withdrawn.yaml. Without one the import is refused and the database stays as it was.
 */

/** A figure as the database publishes it now. */
export type PublishedFigure = { indicatorSlug: string; period: string; value: number; qualifier: string };

export function silentChanges(published: PublishedFigure[], content: Content): string[] {
  const current = new Map<string, { file: string; index: number; figure: Content["topics"][number]["indicators"][number]["figures"][number] }>();
  for (const topic of content.topics) {
    for (const indicator of topic.indicators) {
      // The published figure of a period is the one shown: the preferred (or first) source's.
      for (const { primary } of groupByPeriod(indicator.figures)) {
        current.set(figureId(indicator.slug, primary.period), { file: topic.file, index: indicator.figures.indexOf(primary), figure: primary });
      }
    }
  }
  const withdrawn = new Set(content.withdrawn.map((w) => figureId(w.indicator, w.period)));
  const problems: string[] = [];
  for (const before of published) {
    const id = figureId(before.indicatorSlug, before.period);
    const now = current.get(id);
    if (!now) {
      if (!withdrawn.has(id)) {
        problems.push(
          `content/: indicator ${before.indicatorSlug}, period ${before.period}: the published figure (${before.value}) is gone; ` +
            `put it back, or record its withdrawal in withdrawn.yaml (indicator, period, value: ${before.value}, date, reason)`,
        );
      }
      continue;
    }
    const { figure, file, index } = now;
    if (figure.value === before.value && figure.qualifier === before.qualifier) continue;
    // A changed qualifier alone is a changed figure too (90%以上 read as more than 90%, now at least 90%): its
    // correction names both qualifiers, or the page would show the same value on both sides of the arrow.
    const qualifierChanged = figure.qualifier !== before.qualifier && figure.value === before.value;
    const explained = figure.corrections.some(
      (c) =>
        c.old === before.value &&
        c.new === figure.value &&
        (!qualifierChanged || (c.qualifier?.old === before.qualifier && c.qualifier?.new === figure.qualifier)),
    );
    if (!explained) {
      const qualifier = qualifierChanged ? `, qualifier: { old: ${before.qualifier}, new: ${figure.qualifier} }` : "";
      problems.push(
        `${file}: indicator ${before.indicatorSlug}, figure ${index + 1}: field ${qualifierChanged && figure.value === before.value ? "qualifier" : "value"}: the published figure changes from ` +
          `${before.value} (${before.qualifier}) to ${figure.value} (${figure.qualifier}) without a correction entry; ` +
          `add one under corrections: { date, old: ${before.value}, new: ${figure.value}${qualifier}, reason }`,
      );
    }
  }
  for (const w of content.withdrawn) {
    if (current.has(figureId(w.indicator, w.period))) {
      problems.push(`withdrawn.yaml: indicator ${w.indicator}, period ${w.period}: field period: this figure is still in content`);
    }
  }
  return problems;
}
