/**
 * Arrow keys between a server chart's marks. Each chart is one Tab stop (its first mark has
 * tabIndex 0, the rest -1); this listener moves focus, and the roving tab stop, to the
 * neighbouring mark, so a keyboard user reaches every tooltip without tabbing through every bar.
 * It is an inline script of a few hundred bytes, not a client component, so pages with server
 * charts load no JavaScript chunk for it; scripts/csp-hashes.ts allows it by hash. Without
 * JavaScript the first mark is still reachable and every value is printed and in the table.
 */
const SCRIPT = `(function(){if(window.__chartKeys)return;window.__chartKeys=1;document.addEventListener("keydown",function(e){var t=e.target;if(!t||!t.matches||!t.matches("[data-chart-bar]"))return;var k=e.key,d=k==="ArrowRight"||k==="ArrowDown"?1:k==="ArrowLeft"||k==="ArrowUp"?-1:k==="Home"?-1e4:k==="End"?1e4:0;if(!d)return;var l=t.closest("[data-chart-marks]");if(!l)return;var m=Array.prototype.slice.call(l.querySelectorAll("[data-chart-bar]")),i=Math.max(0,Math.min(m.length-1,m.indexOf(t)+d));m.forEach(function(x,j){x.tabIndex=j===i?0:-1});m[i].focus();e.preventDefault()})})();`;

export function ChartKeys() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
