import { Fragment } from "react";
import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { ShareButton } from "./share-button";
import { PrintButton } from "./print-button";

type Props = {
  url: string;
  title: string;
  /** A square picture of the figure with a QR code to the page, for saving and sending in a chat. */
  cardImage?: string;
};

/**
 * Share, QR code, "save image" and print for a figure or topic page. The QR code is drawn on the
 * server (no network, no client code): WeChat users share a page by scanning it, on screen or on
 * a printout, so it prints; the buttons do not.
 */
export async function SharePanel({ url, title, cardImage }: Props) {
  const t = await getTranslations("sharing");
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const qrSrc = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return (
    <section aria-labelledby="share-heading" className="rounded-lg border border-brand-100 bg-white p-4 print:border-0 print:p-0" data-testid="share-panel">
      <h2 id="share-heading" className="text-lg font-bold print:hidden">
        {t("heading")}
      </h2>
      <div className="mt-3 flex flex-wrap items-start gap-4 print:mt-0">
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL needs no optimisation */}
        <img src={qrSrc} alt={t("qrAlt", { url })} width={132} height={132} className="border border-brand-100 print:h-28 print:w-28" data-testid="share-qr" />
        <div className="min-w-0 flex-1 basis-48 space-y-2">
          <p className="text-sm text-muted">{t("qr")}</p>
          <p className="text-sm break-all">
            <a href={url} className="inline-block py-3 text-brand-700 underline print:py-0" data-testid="share-url" data-share-url="">
              {/* Breaks only after / . - ? & =, never between two letters of a word or digits of a number. */}
              {url.split(/(?<=[/.\-?&=])/).map((part, i) => (
                <Fragment key={i}>
                  {part}
                  <wbr />
                </Fragment>
              ))}
            </a>
          </p>
          <div className="flex flex-wrap gap-2 print:hidden">
            <ShareButton
              url={url}
              title={title}
              labels={{ share: t("share"), copyLink: t("copyLink"), copied: t("copied"), copyFailed: t("copyFailed") }}
            />
            {cardImage && (
              <a
                href={cardImage}
                download
                className="inline-flex min-h-11 items-center rounded border border-brand-600 px-3 font-medium text-brand-700 no-underline hover:bg-brand-50"
                data-testid="share-card-image"
              >
                {t("saveImage")}
              </a>
            )}
            <PrintButton label={t("print")} />
          </div>
        </div>
      </div>
    </section>
  );
}
