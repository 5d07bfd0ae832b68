import { describe, expect, it } from "vitest";
import { laterPages, pageCount, pageOf, pagePath, pagerNumbers, parsePageParam } from "./paging";

describe("paging", () => {
  it("counts pages, one for an empty or short list", () => {
    expect(pageCount(0, 60)).toBe(1);
    expect(pageCount(60, 60)).toBe(1);
    expect(pageCount(61, 60)).toBe(2);
    expect(pageCount(500, 60)).toBe(9);
  });

  it("bounds each page and refuses pages that do not exist", () => {
    expect(pageOf(130, 60, 1)).toEqual({ page: 1, pages: 3, total: 130, skip: 0, take: 60 });
    expect(pageOf(130, 60, 3)).toEqual({ page: 3, pages: 3, total: 130, skip: 120, take: 60 });
    expect(pageOf(130, 60, 4)).toBeNull();
    expect(pageOf(130, 60, 0)).toBeNull();
    expect(pageOf(130, 60, 1.5)).toBeNull();
    expect(pageOf(12, 60, 2)).toBeNull();
  });

  it("reads only canonical page numbers after the first from the path", () => {
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam("17")).toBe(17);
    for (const bad of ["1", "0", "02", "-2", "2.0", "x", "", "1e3", "9999999"]) expect(parsePageParam(bad), bad).toBeNull();
  });

  it("puts page 1 at the list's own path and lists the later pages to pre-render", () => {
    expect(pagePath("/topics/hotline", 1)).toBe("/topics/hotline");
    expect(pagePath("/topics/hotline", 2)).toBe("/topics/hotline/page/2");
    expect(laterPages(12, 60)).toEqual([]);
    expect(laterPages(130, 60)).toEqual(["2", "3"]);
  });

  it("numbers every page of a short series, and the ends and neighbours of a long one", () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerNumbers(1, 84)).toEqual([1, 2, 3, null, 84]);
    expect(pagerNumbers(40, 84)).toEqual([1, null, 38, 39, 40, 41, 42, null, 84]);
    expect(pagerNumbers(4, 84)).toEqual([1, 2, 3, 4, 5, 6, null, 84]);
    expect(pagerNumbers(84, 84)).toEqual([1, null, 82, 83, 84]);
  });
});
