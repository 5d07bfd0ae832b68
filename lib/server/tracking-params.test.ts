import { describe, expect, it } from "vitest";
import { isTrackingParam, onlyTrackingParams, PAGE_PARAMS } from "./tracking-params";

const url = (search: string) => new URL(`http://localhost/topics/hotline${search}`);

describe("onlyTrackingParams", () => {
  it.each([
    ["", "no query"],
    ["?", "an empty query"],
    ["?from=singlemessage&isappinstalled=0", "WeChat, shared to a chat"],
    ["?from=timeline", "WeChat Moments"],
    ["?utm_source=weibo&utm_medium=social&utm_campaign=x", "Google Analytics campaign"],
    ["?spm=a2c6h.12873639.0.0", "Alibaba"],
    ["?fbclid=abc&gclid=def", "ad click ids"],
  ])("takes %j (%s) as the plain page", (search) => {
    expect(onlyTrackingParams(url(search))).toBe(true);
  });

  it.each([
    ["?q=热线", "search text"],
    ["?page=2", "a page number"],
    ["?lang=en", "the embed's language"],
    ["?view=table", "a chart's view"],
    ["?_rsc=1", "a client navigation"],
    ["?from=singlemessage&lang=en", "tracking plus a real parameter"],
    ["?unknown=1", "a parameter nobody listed"],
  ])("sends %j (%s) to Next", (search) => {
    expect(onlyTrackingParams(url(search))).toBe(false);
  });

  it("never lists a parameter a page reads as tracking", () => {
    expect(PAGE_PARAMS.filter(isTrackingParam)).toEqual([]);
  });
});
