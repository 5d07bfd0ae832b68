/**
 * The ids of places on a source page (/sources/<slug>), one rule for the page that sets them and for
 * every link to them: a figure's words, a resident's words, the start of a sentence.
 */
export const figureAnchor = (indicatorSlug: string) => `fig-${indicatorSlug}`;
export const storyAnchor = (storySlug: string) => `story-${storySlug}`;
/** `offset` is where the sentence starts in the source's text, as search's sentence refs give it. */
export const sentenceAnchor = (offset: number) => `s-${offset}`;
