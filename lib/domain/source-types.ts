/**
 * What kind of document a source is decides how it is cited and described: GB/T 7714-2015's document
 * type code ([N] newspaper, [R] report, [EB] electronic bulletin; "/OL" when it is read online), the
 * label APA puts after a report's title, and the schema.org type structured data gives it.
 */
export const SOURCE_TYPES = ["newspaper-article", "government-report", "statistical-bulletin", "press-release", "web-page"] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

type TypeFacts = { gbtCode: "N" | "R" | "EB"; apaLabel: { zh: string; en: string } | null; schemaOrgType: string };

export const SOURCE_TYPE_FACTS: Record<SourceType, TypeFacts> = {
  "newspaper-article": { gbtCode: "N", apaLabel: null, schemaOrgType: "NewsArticle" },
  "government-report": { gbtCode: "R", apaLabel: { zh: "政府工作报告", en: "Government report" }, schemaOrgType: "Report" },
  "statistical-bulletin": { gbtCode: "R", apaLabel: { zh: "统计公报", en: "Statistical bulletin" }, schemaOrgType: "Report" },
  "press-release": { gbtCode: "EB", apaLabel: { zh: "新闻稿", en: "Press release" }, schemaOrgType: "NewsArticle" },
  "web-page": { gbtCode: "EB", apaLabel: null, schemaOrgType: "WebPage" },
};

/** GB/T 7714's bracketed type: [N], [R/OL], [EB/OL] (a web document is always read online). */
export function gbtTypeMark(type: SourceType, online: boolean): string {
  const { gbtCode } = SOURCE_TYPE_FACTS[type];
  return `[${gbtCode}${online || gbtCode === "EB" ? "/OL" : ""}]`;
}
