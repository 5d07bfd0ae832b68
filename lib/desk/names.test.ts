import { describe, expect, it } from "vitest";
import { proposeEnglish, proposeSlug } from "./names";

const names = [
  { zh: "公园", en: "Parks" },
  { zh: "公园绿地服务半径覆盖率", en: "Park service-radius coverage" },
  { zh: "新建口袋公园", en: "Pocket parks built" },
];

describe("names proposed for a new indicator", () => {
  it.each([
    ["新建口袋公园数量", "Pocket parks built", "新建口袋公园"],
    ["公园绿地服务半径覆盖率达", "Park service-radius coverage", "公园绿地服务半径覆盖率"],
    ["城镇新增就业", "", null],
  ])("%s → %s", (label, en, from) => expect(proposeEnglish(label, names)).toEqual({ text: en, from }));

  it("makes a slug by the slug rule, with the topic, never one already taken", () => {
    expect(proposeSlug("Pocket parks built", "parks", new Set())).toBe("parks-pocket-parks-built");
    expect(proposeSlug("Pocket parks built", "parks", new Set(["parks-pocket-parks-built"]))).toBe("parks-pocket-parks-built-2");
    expect(proposeSlug("", "parks", new Set(["parks"]))).toBe("parks-2");
    expect(proposeSlug("Parks", "parks", new Set())).toBe("parks");
  });
});
