/**
 * Measure words that may follow a number, longest first so 人次 wins over 人
 * and 平方米 over 米. A number followed by none of them (and by no % or 万/亿)
 * is not drafted: 西北5省区 names a region, it does not count anything.
 */
export const MEASURE_WORDS = [
  "个百分点", "百分点", "‰", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "公顷",
  "人次", "场次", "户次", "车次", "架次", "台次", "班次", "公里", "千米", "小时", "分钟", "个月", "连调",
  "%", "%", "元", "倍", "个", "所", "年", "批", "项", "次", "件", "家", "支", "期", "条", "户", "张", "套",
  "辆", "吨", "米", "亩", "人", "名", "位", "座", "间", "处", "栋", "幢", "台", "部", "本", "册", "门",
  "床", "只", "头", "株", "棵", "场", "天", "周", "岁", "种", "类", "片", "盏", "根", "趟", "届", "家次",
  "方面", "领域", "个工作日", "工作日", "日", "/10万", "/万", "平方千米", "公斤", "千克", "标准箱", "辆次", "艘", "口",
].sort((a, b) => b.length - a.length);

export function measureWordAt(text: string, at: number): string | null {
  for (const word of MEASURE_WORDS) if (text.startsWith(word, at)) return word;
  return null;
}
