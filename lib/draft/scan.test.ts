import { describe, expect, it } from "vitest";
import { scanSentence } from "./scan";

/** A sentence in; the figures it states (written, value, qualifier, measure) and the numbers it leaves alone (written, reason). */
type Case = {
  rule: string;
  sentence: string;
  figures: [string, number, string, string][];
  leftOut: [string, string][];
};

const cases: Case[] = [
  { rule: "Arabic number with measure word", sentence: "到2024年新增学位3217个。", figures: [["3217个", 3217, "exact", "个"]], leftOut: [["2024年", "date"]] },
  { rule: "万 multiplies into base units", sentence: "发放低保金1050.19万元。", figures: [["1050.19万元", 10501900, "exact", "元"]], leftOut: [] },
  { rule: "亿 multiplies into base units", sentence: "社保基金征缴收入17.10亿元,滚存结余1.65亿元。", figures: [["17.10亿元", 1710000000, "exact", "元"], ["1.65亿元", 165000000, "exact", "元"]], leftOut: [] },
  { rule: "万 with square metres", sentence: "新增绿地面积3.6万平方米。", figures: [["3.6万平方米", 36000, "exact", "平方米"]], leftOut: [] },
  { rule: "Chinese numerals with a measure word", sentence: "新建南湖等六所幼儿园,分两批争取资金,八个方面。", figures: [["六所", 6, "exact", "所"], ["两批", 2, "exact", "批"], ["八个", 8, "exact", "个"]], leftOut: [] },
  { rule: "Chinese numerals with 万 inside", sentence: "惠及群众三万五千人。", figures: [["三万五千人", 35000, "exact", "人"]], leftOut: [] },
  { rule: "余 after the number", sentence: "实施了80余项校园维修改造项目。", figures: [["80余项", 80, "more-than", "项"]], leftOut: [] },
  { rule: "余 after 万", sentence: "语音接通8.4万余次。", figures: [["8.4万余次", 84000, "more-than", "次"]], leftOut: [] },
  { rule: "余 before 万", sentence: "筹集资金1350余万元。", figures: [["1350余万元", 13500000, "more-than", "元"]], leftOut: [] },
  { rule: "多", sentence: "动员50多个机构。", figures: [["50多个", 50, "more-than", "个"]], leftOut: [] },
  { rule: "近", sentence: "投入资金近4000万元。", figures: [["近4000万元", 40000000, "nearly", "元"]], leftOut: [] },
  { rule: "超 and 超过", sentence: "受益群众超3万人,覆盖超过120个村。", figures: [["超3万人", 30000, "more-than", "人"], ["超过120个", 120, "more-than", "个"]], leftOut: [] },
  { rule: "约 and 近 inside another word are no qualifiers", sentence: "预约挂号2万人次,签约3000户,附近3个社区。", figures: [["2万人次", 20000, "exact", "人次"], ["3000户", 3000, "exact", "户"], ["3个", 3, "exact", "个"]], leftOut: [] },
  { rule: "以上 after a percentage", sentence: "90%以上的诉求都是小事。", figures: [["90%以上", 90, "at-least", "%"]], leftOut: [] },
  { rule: "约 and 左右", sentence: "清运垃圾约28.6万吨,节约资金500万元左右。", figures: [["约28.6万吨", 286000, "about", "吨"], ["500万元左右", 5000000, "about", "元"]], leftOut: [] },
  { rule: "不少于 and 不足", sentence: "新增托位不少于600个,等待时间不足10分钟。", figures: [["不少于600个", 600, "at-least", "个"], ["不足10分钟", 10, "less-than", "分钟"]], leftOut: [] },
  { rule: "以内 and 不超过 (at most)", sentence: "失业率控制在5.5%以内,等候不超过30分钟。", figures: [["5.5%以内", 5.5, "at-most", "%"], ["不超过30分钟", 30, "at-most", "分钟"]], leftOut: [] },
  { rule: "a percentage in words", sentence: "百分之九十的诉求是小事,覆盖率达百分之85以上。", figures: [["百分之九十", 90, "exact", "%"], ["百分之85以上", 85, "at-least", "%"]], leftOut: [] },
  { rule: "full-width digits keep their written form", sentence: "２０２４年新增学位３２１７个,达９８％。", figures: [["３２１７个", 3217, "exact", "个"], ["９８％", 98, "exact", "%"]], leftOut: [["２０２４年", "date"]] },
  { rule: "thousands separators", sentence: "投入资金1,200万元。", figures: [["1,200万元", 12000000, "exact", "元"]], leftOut: [] },
  { rule: "percentage", sentence: "2024年高考本科录取率达70.81%。", figures: [["70.81%", 70.81, "exact", "%"]], leftOut: [["2024年", "date"]] },
  { rule: "a rank with its scope", sentence: "群众满意率全省第一、问题解决率全省第二,居全国第十二位。", figures: [["全省第一", 1, "exact", "全省"], ["全省第二", 2, "exact", "全省"], ["全国第十二位", 12, "exact", "全国"]], leftOut: [] },
  { rule: "a duration", sentence: "连续10年保持全省第一,连续两年获评。", figures: [["10年", 10, "exact", "年"], ["全省第一", 1, "exact", "全省"], ["两年", 2, "exact", "年"]], leftOut: [] },
  { rule: "a quoted figure with Arabic digits stays a figure", sentence: "完成企业退休人员养老金“20连调”。", figures: [["20连调", 20, "exact", "连调"]], leftOut: [] },
  { rule: "dates", sentence: "2024年6月底前,6月28日上午,2023年起。", figures: [], leftOut: [["2024年6月底", "date"], ["6月", "date"], ["28日", "date"], ["2023年起", "date"]] },
  { rule: "a year range", sentence: "2019—2024年累计投入18.7亿元。", figures: [["18.7亿元", 1870000000, "exact", "元"]], leftOut: [["2019—2024年", "date"]] },
  { rule: "a timestamp line", sentence: "2024-06-30 15:20 来源:示例市融媒体中心".replace(/\s/g, ""), figures: [], leftOut: [["2024-06-30", "date"], ["15:20", "time"]] },
  { rule: "the past N years", sentence: "近3年,全市共培训2.1万人次。", figures: [["2.1万人次", 21000, "exact", "人次"]], leftOut: [["近3年", "time-span"]] },
  { rule: "list marker 1.", sentence: "1.新建幼儿园6所。", figures: [["6所", 6, "exact", "所"]], leftOut: [["1.", "list-marker"]] },
  { rule: "list marker (一)", sentence: "(三)养老方面。", figures: [], leftOut: [["(三)", "list-marker"]] },
  { rule: "list marker 一、", sentence: "一、教育提质工程", figures: [], leftOut: [["一、", "list-marker"]] },
  { rule: "list marker 一是", sentence: "一是坚持工作法;二是办好试点。", figures: [], leftOut: [["一是", "list-marker"], ["二是", "list-marker"]] },
  { rule: "ordinals in names", sentence: "第三届评议会和第五次会议在第二日召开。", figures: [], leftOut: [["第三届", "ordinal"], ["第五次", "ordinal"], ["第二日", "ordinal"]] },
  { rule: "a hotline number", sentence: "拨打12345热线,服务热线12319受理咨询6800余次。", figures: [["6800余次", 6800, "more-than", "次"]], leftOut: [["12345", "name"], ["12319", "name"]] },
  { rule: "a name with plus signs", sentence: "构建由9家单位牵头的“1+9+X”工作格局。", figures: [["9家", 9, "exact", "家"]], leftOut: [["1+9+X", "name"]] },
  { rule: "a quoted number that is the whole name", sentence: "“12345”热线接听来电4.6万个。", figures: [["4.6万个", 46000, "exact", "个"]], leftOut: [["12345", "name"]] },
  { rule: "numbers with letters", sentence: "办好5G智慧医疗试点。", figures: [], leftOut: [["5G", "name"]] },
  { rule: "a slogan in Chinese numerals", sentence: "开展“五小活动”890余场次,坚持“四位一体”。", figures: [["890余场次", 890, "more-than", "场次"]], leftOut: [["“五小活动”", "slogan"], ["“四位一体”", "slogan"]] },
  { rule: "a title", sentence: "推广《小小一块砖·构造一座城》课程。", figures: [], leftOut: [["《小小一块砖·构造一座城》", "title"]] },
  { rule: "一 as an article", sentence: "刘先生是一位高血压患者。", figures: [], leftOut: [["一", "article"]] },
  { rule: "a bare 百/千/万 is a set phrase", sentence: "每千人口医师数为2.9人。", figures: [["2.9人", 2.9, "exact", "人"]], leftOut: [["千", "set-phrase"]] },
  { rule: "a number with no measure word", sentence: "是西北5省区唯一入选的地级市。", figures: [], leftOut: [["5", "no-measure-word"]] },
  { rule: "Chinese numerals inside words are not numbers", sentence: "进一步推进一体化建设,实现万兆接入、千兆到校。", figures: [], leftOut: [] },
];

describe("scanSentence", () => {
  it.each(cases)("$rule: $sentence", ({ sentence, figures, leftOut }) => {
    const scan = scanSentence(sentence);
    expect(scan.figures.map((f) => [f.written, f.value, f.qualifier, f.measure])).toEqual(figures);
    expect(scan.exclusions.map((x) => [x.written, x.reason])).toEqual(leftOut);
    for (const f of scan.figures) expect(sentence.slice(f.start, f.end)).toBe(f.written);
  });

  it.each([
    ["同比增长8.3%", "increase"],
    ["住院人数下降2.1%", "decrease"],
    ["较上年下降3.4个百分点", "decrease"],
    ["提高了1.5倍", "increase"],
    ["分别增长5.2%和6.8%", "increase"],
  ])("%s is a change (%s), not a level", (sentence, change) => {
    for (const f of scanSentence(sentence).figures) expect(f.change).toBe(change);
  });

  it("a level is not a change", () => {
    expect(scanSentence("接通率达100%。").figures[0].change).toBeUndefined();
  });
});
