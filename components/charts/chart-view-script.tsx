import { CHART_VIEWS } from "@/lib/charts/views";

const OTHER_VIEWS = CHART_VIEWS.filter((v) => v !== "chart");

/**
 * Before hydration, ?view= (the address the tabs leave, when it is reloaded or shared) is known only
 * to a script: this one runs while the page is parsed, before the panels exist, and names the view on
 * <html data-chart-view> for the CSS that picks the visible panel (app/globals.css, "chart page views").
 * A few bytes inline, allowed by hash (scripts/csp-hashes.ts) as ChartKeys is, not a chunk.
 */
const SCRIPT = `(function(){var v=new URLSearchParams(location.search).get("view");if(${JSON.stringify(OTHER_VIEWS)}.indexOf(v)>=0)document.documentElement.setAttribute("data-chart-view",v)})();`;

export function ChartViewScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
