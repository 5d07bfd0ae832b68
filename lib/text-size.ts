/** localStorage key for the reader's text-size choice. */
export const TEXT_SIZE_KEY = "text-size";

/**
 * Runs before the first paint so a remembered large-text choice applies without a
 * visible jump. A constant string: the Content-Security-Policy allows it by its hash.
 * It also marks pages under /en as English: the 404 page is rendered once for every
 * address and cannot know its language otherwise (elsewhere the lang is already right).
 */
export const TEXT_SIZE_SCRIPT = `(function(d){try{if(localStorage.getItem("${TEXT_SIZE_KEY}")==="large")d.dataset.textSize="large"}catch(e){}if(/^\\/en(\\/|$)/.test(location.pathname))d.lang="en"})(document.documentElement)`;
