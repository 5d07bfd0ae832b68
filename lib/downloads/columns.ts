import type { Bilingual } from "../domain/types";
import { CSV_COLUMNS } from "./csv";

/** The documentation of every CSV column: the data page and the Data Package both read it. */

type FieldType = "string" | "number" | "boolean" | "date";

/** One CSV column: its Table Schema type and what it holds, in both languages. */
export type ColumnDoc = { type: FieldType; description: Bilingual };

export const COLUMN_DOCS: Record<(typeof CSV_COLUMNS)[number], ColumnDoc> = {
  indicator: {
    type: "string",
    description: { zh: "指标的永久标识（英文短名），也是指标页网址的一部分", en: "The indicator's permanent identifier, part of its page's URL" },
  },
  topic: { type: "string", description: { zh: "所属主题的标识", en: "The topic's identifier" } },
  name_zh: { type: "string", description: { zh: "指标名称（中文）", en: "Indicator name in Chinese" } },
  name_en: { type: "string", description: { zh: "指标名称（英文）", en: "Indicator name in English" } },
  value: {
    type: "number",
    description: {
      zh: "数值，以基本单位表示：金额为元，数量为个数，百分比写作 70.81 表示 70.81%",
      en: "The value in base units: yuan for money, counts as counts, 70.81 for 70.81%",
    },
  },
  unit: { type: "string", description: { zh: "单位代码，见 units 资源", en: "Unit key; see the units resource" } },
  qualifier: {
    type: "string",
    description: {
      zh:
        "精确程度：exact 确切；about 约数（原文“约”“左右”“大约”，或计算后取整）；nearly 接近（“近”“将近”“接近”）；" +
        "more-than 超过（“余”“多”“超”“超过”“逾”“突破”）；at-least 不少于（“以上”“不低于”“不少于”，含本数）；" +
        "less-than 不足（“不足”“不到”“少于”“低于”）；at-most 不超过（“以内”“以下”“不超过”，含本数）。citation_zh、citation_en 两列按此写出",
      en:
        "Precision: exact; about (约, 左右 or 大约 in the source, or rounded by the portal); nearly (近, 将近, 接近); " +
        "more-than (余, 多, 超, 超过, 逾, 突破); at-least (以上, 不低于, 不少于: the number itself included); " +
        "less-than (不足, 不到, 少于, 低于); at-most (以内, 以下, 不超过: the number itself included). citation_zh and citation_en spell it out",
    },
  },
  period: {
    type: "string",
    description: { zh: "所指时期：年份、起止年份或 unknown（原文未注明）", en: 'Period: a year, a range of years, or "unknown" when the source does not say' },
  },
  value_as_written: {
    type: "string",
    description: { zh: "原文写法；门户计算的数为空", en: "The number as the source writes it; empty for figures the portal computes" },
  },
  derived: {
    type: "boolean",
    description: { zh: "true 表示由门户根据原文数据计算，原文并未直接给出", en: "true when the portal computed the figure; the source does not state it" },
  },
  source_quote: {
    type: "string",
    description: { zh: "原文句子（逐字）；计算所得的数则为公式", en: "The source sentence, verbatim; the formula for computed figures" },
  },
  source: { type: "string", description: { zh: "来源文章的标识", en: "The source article's identifier" } },
  url: { type: "string", description: { zh: "指标页的永久网址", en: "The permanent URL of the figure's page" } },
  period_zh: { type: "string", description: { zh: "时期的中文写法", en: "The period as written in Chinese" } },
  checked: { type: "date", description: { zh: "最近一次与原文核对的日期", en: "The day a person last compared the figure with its source" } },
  added: { type: "date", description: { zh: "收入门户的日期", en: "The day the figure entered the portal" } },
  citation_zh: {
    type: "string",
    description: { zh: "GB/T 7714-2015 格式的引用（访问日期为文件生成日期）", en: "GB/T 7714-2015 reference in Chinese (access date: the day the file was made)" },
  },
  citation_en: {
    type: "string",
    description: { zh: "英文 APA 格式的引用", en: "APA-style reference in English (access date: the day the file was made)" },
  },
};
