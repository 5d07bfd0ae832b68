import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/domain/types";
import { absoluteUrl, pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";

export const dynamic = "force-static";

type Props = PageProps<"/[locale]/api-docs">;

const ROUTES = [
  { path: "/api/v1/topics", zh: "全部主题", en: "All topics" },
  { path: "/api/v1/topics/{slug}", zh: "一个主题及其指标", en: "One topic with its indicators" },
  { path: "/api/v1/indicators?topic=&period=&q=&page=&per_page=", zh: "指标列表：可按主题、时期、关键词筛选，分页", en: "Indicators, filtered by topic, period and text, paginated" },
  { path: "/api/v1/indicators/{slug}", zh: "一个指标：全部数据、来源、更正和引用", en: "One indicator: all figures, sources, corrections and citations" },
  { path: "/api/v1/search?q=&limit=", zh: "搜索数据、主题、群众心声和原文句子", en: "Search figures, topics, voices and source sentences" },
  { path: "/api/v1/openapi.json", zh: "OpenAPI 3.1 说明", en: "OpenAPI 3.1 document" },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "journalists" });
  return pageMetadata(locale, "/api-docs", t("api.title"), t("api.description"), shareImagePath.home(locale));
}

export default async function ApiDocsPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("journalists");
  const base = absoluteUrl("");
  const examples = [
    { name: "curl", code: `curl -s '${base}/api/v1/indicators?topic=hotline&per_page=5'\ncurl -s '${base}/api/v1/search?q=satisfaction'` },
    {
      name: "JavaScript",
      code: `const res = await fetch("${base}/api/v1/indicators/hotline-satisfaction-rate");\nif (!res.ok) throw new Error((await res.json()).error.message);\nconst { data } = await res.json();\nconsole.log(data.latest.display.en, data.citations.attribution.en);`,
    },
    {
      name: "Python",
      code: `import requests\n\nr = requests.get("${base}/api/v1/indicators", params={"q": "养老", "per_page": 10})\nr.raise_for_status()\nfor item in r.json()["data"]:\n    print(item["slug"], item["latest"]["value"], item["unit"]["key"])`,
    },
  ];
  const sample = `{\n  "error": {\n    "status": 400,\n    "code": "invalid_parameter",\n    "message": "Invalid parameter: per_page",\n    "parameters": [{ "name": "per_page", "expected": "per_page: a whole number from 1 to 100", "received": "500" }]\n  }\n}`;

  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("api.title")}</h1>
        <p className="mt-2 text-muted">{t("api.intro")}</p>
        <p className="mt-2">
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">{t("api.openapi")}</a>
        </p>
      </header>
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading" className="mb-3 text-lg font-bold">{t("api.routes")}</h2>
        <ul className="space-y-2">
          {ROUTES.map((r) => (
            <li key={r.path}>
              <code className="break-all rounded bg-brand-50 px-1 text-sm">GET {r.path}</code>
              <span className="block text-sm text-muted">{r[locale]}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="examples-heading" className="space-y-4">
        <h2 id="examples-heading" className="text-lg font-bold">{t("api.examples")}</h2>
        {examples.map((e) => (
          <div key={e.name}>
            <h3 className="font-bold">{e.name}</h3>
            <pre tabIndex={0} className="overflow-x-auto rounded bg-ink p-3 text-xs text-white"><code>{e.code}</code></pre>
          </div>
        ))}
      </section>
      <section aria-labelledby="errors-heading" className="space-y-2">
        <h2 id="errors-heading" className="text-lg font-bold">{t("api.errors")}</h2>
        <p>{t("api.errorsBody")}</p>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-ink p-3 text-xs text-white"><code>{sample}</code></pre>
      </section>
    </article>
  );
}
