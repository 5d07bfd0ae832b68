/** Where each download is published; one module, so pages, routes and tests agree. */
export const downloadPaths = {
  /** Every figure: for Excel and WPS (CSV with a byte-order mark), for programs (plain UTF-8, the Data Package's resource), as a workbook, as JSON. */
  all: {
    csv: "/data/indicators.csv",
    plainCsv: "/data/indicators-utf8.csv",
    xlsx: "/data/indicators.xlsx",
    json: "/data/indicators.json",
    dataPackage: "/data/datapackage.json",
  },
  topic: (slug: string, kind: "csv" | "xlsx") => `/data/topics/${slug}.${kind}`,
  indicator: (slug: string, kind: "csv" | "xlsx" | "json") => `/data/indicators/${slug}.${kind}`,
} as const;
