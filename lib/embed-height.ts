/** The message an embed sends its host page with its content's height. */
export const EMBED_HEIGHT_MESSAGE = "livelihood-embed-height";

/**
 * Runs in an embed page: tells the page that frames it how tall its content is, on load and
 * whenever that changes (a narrower column, a font arriving), so the iframe can fit it exactly.
 * A constant string: the Content-Security-Policy allows it by its hash.
 */
export const EMBED_HEIGHT_SCRIPT = `(function(){if(window.parent===window)return;var last=0;function send(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;window.parent.postMessage({type:"${EMBED_HEIGHT_MESSAGE}",height:h},"*")}}if(window.ResizeObserver)new ResizeObserver(send).observe(document.documentElement);window.addEventListener("load",send);send()})()`;

/**
 * The host page's side, pasted with the iframe: sets the height of the iframe the message came from.
 * Only messages from the portal's origin are heeded; without the script the iframe keeps its fallback height.
 */
export const embedHostScript = (origin: string) =>
  `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="${EMBED_HEIGHT_MESSAGE}")return;var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=e.data.height+"px"})</script>`;
