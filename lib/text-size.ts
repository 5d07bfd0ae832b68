/** localStorage key for the reader's text-size choice. */
export const TEXT_SIZE_KEY = "text-size";

/**
 * Runs before the first paint so a remembered large-text choice applies without a
 * visible jump. A constant string: the Content-Security-Policy allows it by its hash.
 */
export const TEXT_SIZE_SCRIPT = `try{if(localStorage.getItem("${TEXT_SIZE_KEY}")==="large")document.documentElement.dataset.textSize="large"}catch(e){}`;
