import { expect, it } from "vitest";
import { apaAuthorName, pinyinFullName, romanisePersonName } from "./person-name";

it.each([
  ["于晓明", "Yu, X.", "Yu Xiaoming"],
  ["朱玲", "Zhu, L.", "Zhu Ling"],
  // Surnames read as surnames, not as the character's everyday reading.
  ["单田芳", "Shan, T.", "Shan Tianfang"],
  ["曾国藩", "Zeng, G.", "Zeng Guofan"],
  ["解缙", "Xie, J.", "Xie Jin"],
  // Two-character surnames stay whole.
  ["欧阳修", "Ouyang, X.", "Ouyang Xiu"],
  ["司马迁", "Sima, Q.", "Sima Qian"],
  ["吕布", "Lü, B.", "Lü Bu"],
  // Organisations and names in Latin script are written as printed.
  ["嘉峪关市统计局", "嘉峪关市统计局", "嘉峪关市统计局"],
  ["新华社", "新华社", "新华社"],
  ["Li Wei", "Li Wei", "Li Wei"],
])("%s → %s / %s", (name, apa, full) => {
  expect(apaAuthorName(name)).toBe(apa);
  expect(pinyinFullName(name)).toBe(full);
});

it("returns null for what is not a Chinese personal name", () => {
  expect(romanisePersonName("嘉峪关日报社")).toBeNull();
});
