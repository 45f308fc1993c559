// Registers the app's service worker (/sw.js: offline page, cached dashboard, push) and offers a
// new version when one is waiting: the page dispatches `pm:sw-update` (the dashboard shows
// "new version — reload"), and `pm:sw-apply` lets it take over and reloads once it has.
// Signed-out pages ask the worker to drop the private dashboard cache.
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  var sw = navigator.serviceWorker;
  var announce = function (worker) {
    window.__pmWaitingWorker = worker;
    window.dispatchEvent(new CustomEvent('pm:sw-update'));
  };
  var reloading = false;
  sw.addEventListener('controllerchange', function () {
    if (reloading || !window.__pmApplying) return;
    reloading = true;
    location.reload();
  });
  window.addEventListener('pm:sw-apply', function () {
    var worker = window.__pmWaitingWorker;
    if (!worker) return location.reload();
    window.__pmApplying = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  window.addEventListener('load', function () {
    sw.register('/sw.js', { scope: '/' })
      .then(function (registration) {
        var watch = function (installing) {
          if (!installing) return;
          installing.addEventListener('statechange', function () {
            if (installing.state === 'installed' && sw.controller) announce(installing);
          });
        };
        if (registration.waiting && sw.controller) announce(registration.waiting);
        // An update found while this page loaded (a navigation checks for one) is already past
        // `updatefound` by the time register() resolves: follow it too.
        else watch(registration.installing);
        registration.addEventListener('updatefound', function () {
          watch(registration.installing);
        });
        document.addEventListener('visibilitychange', function () {
          if (document.visibilityState === 'visible') registration.update().catch(function () {});
        });
        // The offline page the worker keeps is in the language it was installed in: after a
        // switch of language, it is fetched again in the new one.
        var lang = document.documentElement.lang;
        var langKey = 'pm-offline-lang';
        try {
          if (lang && localStorage.getItem(langKey) !== lang) {
            sw.ready.then(function (ready) {
              if (ready.active) ready.active.postMessage({ type: 'REFRESH_OFFLINE' });
              localStorage.setItem(langKey, lang);
            });
          }
        } catch (e) {
          // Storage refused (private mode): the offline page stays in the language it was kept in.
        }
        if (/^\/(sign-in|sign-up|auth\/)/.test(location.pathname) || location.pathname === '/') {
          sw.ready.then(function (ready) {
            if (ready.active) ready.active.postMessage({ type: 'CLEAR_PRIVATE' });
          });
        }
      })
      .catch(function () {});
  });
})();
