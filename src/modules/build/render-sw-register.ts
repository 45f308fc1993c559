/**
 * The service-worker registration, shipped as an external script because published sites run
 * under a CSP without inline script. It waits for `load` so registration never competes with
 * the page's own requests; browsers without service workers simply skip it.
 */
export function renderSwRegister(): string {
  return (
    "if('serviceWorker' in navigator){addEventListener('load',function(){" +
    "navigator.serviceWorker.register('/sw.js',{scope:'/'}).catch(function(){})})}\n"
  );
}
