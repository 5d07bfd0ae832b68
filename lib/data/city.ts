import "server-only";
import { prisma } from "../db";
import type { City } from "../domain/types";

export async function getCity(): Promise<City> {
  const c = await prisma.city.findFirstOrThrow();
  return {
    slug: c.slug,
    name: { zh: c.nameZh, en: c.nameEn },
    province: { zh: c.provinceZh, en: c.provinceEn },
    portalName: { zh: c.portalNameZh, en: c.portalNameEn },
    tagline: { zh: c.taglineZh, en: c.taglineEn },
    contact: c.contact,
    operator: { zh: c.operatorZh, en: c.operatorEn },
    icp: c.icp,
    licence: { name: c.licenceName, url: c.licenceUrl },
  };
}
