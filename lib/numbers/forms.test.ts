import { describe, expect, it } from "vitest";
import { scanSentence } from "../draft/scan";
import { readWritten, type Qualifier } from "./read";

/**
 * The one table of written forms. Each row is read twice: by the importer's check (readWritten, given the
 * quote's words before the written form) and by the drafter (scanSentence on the whole sentence). Both
 * must give the row's reading; the drafter must draft exactly the rows' written forms from the sentence.
 */
type Row = {
  form: string;
  sentence: string;
  /** written, value, qualifier, measure word, and for a change its direction. */
  reads: [string, number, Qualifier, string, ("increase" | "decrease")?][];
};

const rows: Row[] = [
  // Arabic numbers
  { form: "thousands separators", sentence: "投入资金1,234万元。", reads: [["1,234万元", 12340000, "exact", "元"]] },
  { form: "thousands separators and decimals", sentence: "清运垃圾1,234.5吨。", reads: [["1,234.5吨", 1234.5, "exact", "吨"]] },
  { form: "decimals with 万", sentence: "发放低保金1050.19万元。", reads: [["1050.19万元", 10501900, "exact", "元"]] },
  { form: "decimals with 亿", sentence: "社保基金征缴收入17.10亿元。", reads: [["17.10亿元", 1710000000, "exact", "元"]] },
  { form: "full-width digits", sentence: "新增学位３２１７个。", reads: [["３２１７个", 3217, "exact", "个"]] },
  // Chinese numerals, full and mixed
  { form: "Chinese numerals with 万 inside", sentence: "惠及群众三万五千人。", reads: [["三万五千人", 35000, "exact", "人"]] },
  { form: "Chinese numerals with 零", sentence: "帮扶一百零五户。", reads: [["一百零五户", 105, "exact", "户"]] },
  { form: "Arabic digits with 亿", sentence: "完成投资1.2亿元。", reads: [["1.2亿元", 120000000, "exact", "元"]] },
  { form: "Chinese numerals with 多", sentence: "动员志愿者两百多人。", reads: [["两百多人", 200, "more-than", "人"]] },
  { form: "a Chinese numeral with a measure word", sentence: "新建六所幼儿园。", reads: [["六所", 6, "exact", "所"]] },
  // Bare scales
  { form: "bare scale 百亿 after 突破", sentence: "全市旅游收入突破百亿元。", reads: [["突破百亿元", 10000000000, "more-than", "元"]] },
  { form: "bare scale 千余", sentence: "吸纳就业千余人。", reads: [["千余人", 1000, "more-than", "人"]] },
  { form: "bare scale 万余", sentence: "服务群众万余人次。", reads: [["万余人次", 10000, "more-than", "人次"]] },
  // Signs
  { form: "a minus sign, per mille", sentence: "人口自然增长率为-0.98‰。", reads: [["-0.98‰", -0.98, "exact", "‰"]] },
  { form: "负 as a sign", sentence: "人口自然增长率为负0.3‰。", reads: [["负0.3‰", -0.3, "exact", "‰"]] },
  // Fractions, percentages in words, per mille, percentage points
  { form: "a fraction", sentence: "三分之一的村建成幸福院。", reads: [["三分之一", 1 / 3, "exact", ""]] },
  { form: "a percentage in words", sentence: "百分之九十的诉求是小事。", reads: [["百分之九十", 90, "exact", "%"]] },
  { form: "a percentage in words with 以上", sentence: "覆盖率达百分之85以上。", reads: [["百分之85以上", 85, "at-least", "%"]] },
  { form: "per mille", sentence: "全年人口出生率6.79‰。", reads: [["6.79‰", 6.79, "exact", "‰"]] },
  { form: "percentage points, a change", sentence: "城镇化率比上年末提高0.97个百分点。", reads: [["0.97个百分点", 0.97, "exact", "个百分点", "increase"]] },
  // Level or change
  { form: "a level", sentence: "年末常住人口13.22万人。", reads: [["13.22万人", 132200, "exact", "人"]] },
  { form: "a change in percent", sentence: "地区生产总值比上年增长5.5%。", reads: [["5.5%", 5.5, "exact", "%", "increase"]] },
  { form: "a change in a count", sentence: "户籍人口减少500人。", reads: [["500人", 500, "exact", "人", "decrease"]] },
  { form: "a decrease in percent", sentence: "万元GDP能耗下降3.2%。", reads: [["3.2%", 3.2, "exact", "%", "decrease"]] },
  { form: "新增 counts what was added: a level", sentence: "新增城镇就业1.2万人。", reads: [["1.2万人", 12000, "exact", "人"]] },
  // Qualifiers: about
  { form: "about: 约", sentence: "惠及约3000户。", reads: [["约3000户", 3000, "about", "户"]] },
  { form: "about: 左右", sentence: "节约资金500万元左右。", reads: [["500万元左右", 5000000, "about", "元"]] },
  { form: "about: 大约", sentence: "大约200人参加。", reads: [["大约200人", 200, "about", "人"]] },
  // nearly
  { form: "nearly: 近", sentence: "投入资金近4000万元。", reads: [["近4000万元", 40000000, "nearly", "元"]] },
  { form: "nearly: 将近", sentence: "受益群众将近5万人。", reads: [["将近5万人", 50000, "nearly", "人"]] },
  { form: "nearly: 接近", sentence: "覆盖率接近90%。", reads: [["接近90%", 90, "nearly", "%"]] },
  // more-than
  { form: "more-than: 余 after the number", sentence: "实施了80余项维修改造项目。", reads: [["80余项", 80, "more-than", "项"]] },
  { form: "more-than: 余 after 万", sentence: "语音接通8.4万余次。", reads: [["8.4万余次", 84000, "more-than", "次"]] },
  { form: "more-than: 余 before 万", sentence: "筹集资金1350余万元。", reads: [["1350余万元", 13500000, "more-than", "元"]] },
  { form: "more-than: 多", sentence: "动员50多个机构。", reads: [["50多个", 50, "more-than", "个"]] },
  { form: "more-than: 超", sentence: "受益群众超3万人。", reads: [["超3万人", 30000, "more-than", "人"]] },
  { form: "more-than: 超过", sentence: "覆盖超过120个村。", reads: [["超过120个", 120, "more-than", "个"]] },
  { form: "more-than: 逾", sentence: "参与群众逾2000人。", reads: [["逾2000人", 2000, "more-than", "人"]] },
  { form: "more-than: 突破", sentence: "接待游客突破500万人次。", reads: [["突破500万人次", 5000000, "more-than", "人次"]] },
  // at-least (以上 includes the number itself: Civil Code art. 1259)
  { form: "at-least: 以上", sentence: "90%以上的诉求都是小事。", reads: [["90%以上", 90, "at-least", "%"]] },
  { form: "at-least: 以上 after a count", sentence: "城镇新增就业1.1万人以上。", reads: [["1.1万人以上", 11000, "at-least", "人"]] },
  { form: "at-least: 不低于", sentence: "达标率不低于95%。", reads: [["不低于95%", 95, "at-least", "%"]] },
  { form: "at-least: 不少于", sentence: "新增托位不少于600个。", reads: [["不少于600个", 600, "at-least", "个"]] },
  { form: "at-least: 至少", sentence: "每个社区至少3个。", reads: [["至少3个", 3, "at-least", "个"]] },
  // less-than
  { form: "less-than: 不足", sentence: "等待时间不足10分钟。", reads: [["不足10分钟", 10, "less-than", "分钟"]] },
  { form: "less-than: 不到", sentence: "空置率不到30%。", reads: [["不到30%", 30, "less-than", "%"]] },
  { form: "less-than: 少于", sentence: "每班少于45人。", reads: [["少于45人", 45, "less-than", "人"]] },
  { form: "less-than: 低于", sentence: "失业率低于3%。", reads: [["低于3%", 3, "less-than", "%"]] },
  // at-most
  { form: "at-most: 以内", sentence: "失业率控制在5.5%以内。", reads: [["5.5%以内", 5.5, "at-most", "%"]] },
  { form: "at-most: 以下", sentence: "噪声控制在55分贝以下,等候30分钟以下。", reads: [["30分钟以下", 30, "at-most", "分钟"]] },
  { form: "at-most: 不超过", sentence: "等候不超过30分钟。", reads: [["不超过30分钟", 30, "at-most", "分钟"]] },
  // Tenths, rates per 100,000, days and working days
  { form: "tenths: 八成以上", sentence: "把八成以上的财力用于民生。", reads: [["八成以上", 80, "at-least", "成"]] },
  { form: "tenths: 近七成", sentence: "近七成的村建成幸福院。", reads: [["近七成", 70, "nearly", "成"]] },
  { form: "a rate per 100,000", sentence: "孕产妇死亡率为8.21/10万。", reads: [["8.21/10万", 8.21, "exact", "/10万"]] },
  { form: "days with decimals", sentence: "平均住院日8.6日。", reads: [["8.6日", 8.6, "exact", "日"]] },
  { form: "working days with 以内", sentence: "开办时间压缩至1个工作日以内。", reads: [["1个工作日以内", 1, "at-most", "个工作日"]] },
  // Ranks, units of area, weight and length
  { form: "a rank with its scope", sentence: "综合排名全省第二。", reads: [["全省第二", 2, "exact", "全省"]] },
  { form: "area in 万亩", sentence: "粮食种植面积321.06万亩。", reads: [["321.06万亩", 3210600, "exact", "亩"]] },
  { form: "area in square metres", sentence: "新增绿地3.6万平方米。", reads: [["3.6万平方米", 36000, "exact", "平方米"]] },
  { form: "length", sentence: "新建改建农村公路120公里。", reads: [["120公里", 120, "exact", "公里"]] },
  // Lists
  { form: "a list with 分别", sentence: "粮食种植面积、产量分别达321.06万亩、153.10万吨。", reads: [["321.06万亩", 3210600, "exact", "亩"], ["153.10万吨", 1531000, "exact", "吨"]] },
  { form: "areas and items", sentence: "聚焦10方面40个重点任务。", reads: [["10方面", 10, "exact", "方面"], ["40个", 40, "exact", "个"]] },
  { form: "a change shared by a list", sentence: "分别增长5.2%和6.8%。", reads: [["5.2%", 5.2, "exact", "%", "increase"], ["6.8%", 6.8, "exact", "%", "increase"]] },
];

describe("the one table: the importer's check and the drafter read each form the same way", () => {
  it.each(rows)("$form: $sentence", ({ sentence, reads }) => {
    const drafted = scanSentence(sentence).figures;
    expect(drafted.map((f) => [f.written, f.value, f.qualifier, f.measure, f.change])).toEqual(reads.map(([w, v, q, m, c]) => [w, v, q, m, c]));
    for (const [written, value, qualifier, measure, change] of reads) {
      const at = drafted.find((f) => f.written === written)!;
      const read = readWritten(written, sentence.slice(0, at.start));
      expect([read?.value, read?.qualifier, read?.measure, read?.change], written).toEqual([value, qualifier, measure, change]);
    }
  });
});

/** Numbers that are not figures: the drafter leaves each out with its reason. */
const notFigures: [string, string, [string, string][]][] = [
  ["approximate: 几十名", "几十名志愿者参与。", [["几十名", "approximate"]]],
  ["approximate: 数百", "数百名群众到场。", [["数百名", "approximate"]]],
  ["approximate: 十几个", "走访十几个村。", [["十几个", "approximate"]]],
  ["an ordinal name: 三次产业", "三次产业协调发展。", [["三次产业", "name"]]],
  ["an ordinal name: 十大生态产业", "培育十大生态产业。", [["十大", "name"]]],
  ["an ordinal: 第22届", "举办第22届运动会。", [["第22届", "ordinal"]]],
  ["a slogan: 从“1米高度”看城市", "从“1米高度”看城市", [["“1米高度”", "slogan"]]],
  ["a date", "2024年6月28日召开。", [["2024年6月28日", "date"]]],
  ["a telephone number", "咨询电话0937-6212345。", [["0937-6212345", "phone-number"]]],
  ["a mobile number", "联系人手机13912345678。", [["13912345678", "phone-number"]]],
  ["a document number", "印发《实施方案》(示政发〔2024〕12号)。", [["〔2024〕12号", "document-number"]]],
  ["a range", "用3至5年时间建成。", [["3至5年", "range"]]],
  ["an age group", "5岁以下儿童死亡率下降。", [["5岁以下", "name"]]],
  ["建成 is no tenth", "建成社区食堂。", []],
  ["a bare 千 is a set phrase", "每千人口医师数为2.9人。", [["千", "set-phrase"]]],
];

describe("not figures, each with its reason", () => {
  it.each(notFigures)("%s", (_, sentence, leftOut) => {
    const scan = scanSentence(sentence);
    expect(scan.exclusions.map((x) => [x.written, x.reason])).toEqual(leftOut);
    expect(scan.figures.map((f) => f.written)).toEqual(sentence.includes("2.9人") ? ["2.9人"] : []);
  });

  it("the importer finds no number in an approximate word, and reads a range as a range", () => {
    expect(readWritten("几十名")).toBeNull();
    expect(readWritten("数百名")).toBeNull();
    expect(readWritten("3至5年")).toMatchObject({ value: 3, upper: 5, measure: "年" });
    expect(readWritten("3万至5万元")).toMatchObject({ value: 30000, upper: 50000, measure: "元" });
  });
});

describe("a structure of shares", () => {
  it("三次产业结构为18.6:46.5:34.9 is one structure of three shares, not three loose figures", () => {
    const scan = scanSentence("三次产业结构为18.6:46.5:34.9。");
    expect(scan.structures.map((s) => [s.written, s.parts])).toEqual([["18.6:46.5:34.9", [18.6, 46.5, 34.9]]]);
    expect(scan.figures).toEqual([]);
    expect(scan.exclusions.map((x) => [x.written, x.reason])).toEqual([["三次产业", "name"]]);
  });
});
