import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { ShareButton } from "./share-button";
import { PrintButton } from "./print-button";

/**
 * Share, QR code and print for a figure or topic page. The QR code is drawn on the
 * server (no network, no client code): WeChat users share a page by scanning it.
 */
export async function SharePanel({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("sharing");
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const qrSrc = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return (
    <section aria-labelledby="share-heading" className="rounded-lg border border-brand-100 bg-white p-4 print:hidden">
      <h2 id="share-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <div className="mt-3 flex flex-wrap items-start gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL needs no optimisation */}
        <img src={qrSrc} alt={t("qrAlt", { url })} width={132} height={132} className="border border-brand-100" data-testid="share-qr" />
        <div className="min-w-0 flex-1 space-y-3">
          <p className="text-sm text-muted">{t("qr")}</p>
          <p className="break-all text-sm">
            <a href={url} className="text-brand-700 underline" data-testid="share-url">
              {url}
            </a>
          </p>
          <div className="flex flex-wrap gap-3">
            <ShareButton
              url={url}
              title={title}
              labels={{ share: t("share"), copyLink: t("copyLink"), copied: t("copied"), copyFailed: t("copyFailed") }}
            />
            <PrintButton label={t("print")} />
          </div>
        </div>
      </div>
    </section>
  );
}
