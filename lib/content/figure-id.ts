/** A figure's stable id: one figure per indicator and period. */
export const figureId = (indicatorSlug: string, period: string) => `${indicatorSlug}/${period}`;
