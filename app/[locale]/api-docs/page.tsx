import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buildOpenApi } from "@/lib/api/openapi";
import { listHeadlineIndicators } from "@/lib/data/indicators";
import { listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { absoluteUrl, pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { Section } from "@/components/section";

export const dynamic = "force-static";

type Props = PageProps<"/[locale]/api-docs">;

// The routes come from the OpenAPI document, which a test compares with app/api; here only their Chinese summaries.
const SUMMARIES_ZH: Record<string, string> = {
  listTopics: "全部主题",
  getTopic: "一个主题及其指标",
  listIndicators: "指标列表：可按主题、时期、关键词筛选，分页",
  getIndicator: "一个指标：全部数据、来源、更正和引用",
  search: "搜索数据、主题、群众心声和原文句子",
};

type Operation = { operationId: string; summary: string; parameters: { name: string; in: string; required?: boolean; description?: string }[] };

function documentedRoutes(locale: Locale) {
  const paths = buildOpenApi().paths as Record<string, { get: Operation }>;
  return Object.entries(paths).map(([path, { get }]) => {
    const query = get.parameters.filter((p) => p.in === "query" && p.name !== "lang").map((p) => `${p.name}=`);
    return {
      path: query.length ? `${path}?${query.join("&")}` : path,
      summary: locale === "zh" ? (SUMMARIES_ZH[get.operationId] ?? get.summary) : get.summary,
      route: path,
      operationId: get.operationId,
      query: get.parameters.filter((p) => p.in === "query"),
      hasPathParams: get.parameters.some((p) => p.in === "path"),
    };
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "journalists" });
  return pageMetadata(locale, "/api-docs", t("api.title"), t("api.description"), shareImagePath.home(locale));
}

export default async function ApiDocsPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, topics, headline] = await Promise.all([getTranslations("journalists"), listTopics(), listHeadlineIndicators()]);
  const base = absoluteUrl("");
  // Examples name real topics and figures of this portal's content.
  const topic = topics.find((x) => x.indicatorCount > 0)?.slug ?? "topic";
  const indicator = headline[0]?.slug ?? "indicator";
  const word = topics[1]?.name.zh ?? topics[0]?.name.zh ?? "";
  const examples = [
    { name: "curl", code: `curl -s '${base}/api/v1/indicators?topic=${topic}&per_page=5'\ncurl -s '${base}/api/v1/search?q=${encodeURIComponent(word)}'` },
    {
      name: "JavaScript",
      code: `const res = await fetch("${base}/api/v1/indicators/${indicator}");\nif (!res.ok) throw new Error((await res.json()).error.message);\nconst { data } = await res.json();\nconsole.log(data.latest.display.en, data.citations.attribution.en);`,
    },
    {
      name: "Python",
      code: `import requests\n\nr = requests.get("${base}/api/v1/indicators", params={"q": "${word}", "per_page": 10})\nr.raise_for_status()\nfor item in r.json()["data"]:\n    print(item["slug"], item["latest"]["value"], item["unit"]["key"])`,
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
      <Section id="routes-heading" headingClassName="mb-3 text-lg font-bold" title={t("api.routes")}>
        <ul className="space-y-2">
          {[...documentedRoutes(locale), { path: "/api/v1/openapi.json", summary: t("api.openapiRoute"), route: "/api/v1/openapi.json", operationId: "openapi", query: [], hasPathParams: false }].map((r) => (
            <li key={r.path}>
              <code className="break-all rounded bg-brand-50 px-1 text-sm">GET {r.path}</code>
              <span className="block text-sm text-muted">{r.summary}</span>
              {/*
               * "Try it" without a script (the CSP allows none from elsewhere, and none is needed): a GET form
               * per operation opens the API's JSON answer; a route with a slug in its path links to a real one.
               */}
              {r.hasPathParams ? (
                <a
                  className="inline-flex min-h-11 items-center text-brand-700 underline"
                  href={r.route.replace("{slug}", r.route.startsWith("/api/v1/topics") ? topic : indicator)}
                  data-try={r.operationId}
                >
                  {t("api.tryExample", { path: r.route.replace("{slug}", r.route.startsWith("/api/v1/topics") ? topic : indicator) })}
                </a>
              ) : (
                <form method="get" action={r.route} className="mt-2 flex flex-wrap items-end gap-2" data-try={r.operationId}>
                  {r.query.map((p) => (
                    <label key={p.name} className="flex flex-col text-sm">
                      <span className="font-mono">{p.name}</span>
                      {p.name === "lang" ? (
                        <select name="lang" defaultValue={locale} className="min-h-11 rounded border border-brand-600 px-2">
                          <option value="zh">zh</option>
                          <option value="en">en</option>
                        </select>
                      ) : (
                        <input
                          name={p.name}
                          required={p.required}
                          defaultValue={p.name === "q" ? word : ""}
                          title={p.description}
                          className="min-h-11 w-32 rounded border border-brand-600 px-2"
                        />
                      )}
                    </label>
                  ))}
                  <button type="submit" className="min-h-11 rounded bg-brand-700 px-3 font-medium text-white">
                    {t("api.try")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="examples-heading" className="space-y-4" title={t("api.examples")}>
        {examples.map((e) => (
          <div key={e.name}>
            <h3 className="font-bold">{e.name}</h3>
            <pre tabIndex={0} className="overflow-x-auto rounded bg-ink p-3 text-xs text-white"><code>{e.code}</code></pre>
          </div>
        ))}
      </Section>
      <Section id="errors-heading" className="space-y-2" title={t("api.errors")}>
        <p>{t("api.errorsBody")}</p>
        <pre tabIndex={0} className="overflow-x-auto rounded bg-ink p-3 text-xs text-white"><code>{sample}</code></pre>
      </Section>
    </article>
  );
}
