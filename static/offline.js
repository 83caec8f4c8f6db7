// Preloads the page's words; registers the service worker (static/sw.js), and when a new version of the checker has been downloaded, says so
// and updates when the user asks. Nothing here sends anything anywhere.
// Starts fetching the page's words (one file a language: the one the checker will open in, chosen as
// src/ui/language.rs chooses it) while the WebAssembly loads, so that the form is not drawn a round trip later.
(function () {
  let chosen = null;
  try { chosen = localStorage.getItem('stv-check.lang'); } catch (e) { /* storage off: the browser decides */ }
  const tags = chosen ? [chosen] : [...(navigator.languages || []), navigator.language];
  let lang = 'en';
  for (const tag of tags) {
    const t = String(tag || '').toLowerCase();
    if (t === 'en' || t.startsWith('en-')) break;
    if (t === 'zh' || t.startsWith('zh-')) {
      lang = /(^|-)(hant|hk|mo|tw)(-|$)/.test(t) ? 'zh-Hant' : 'zh-Hans';
      break;
    }
  }
  const meta = document.querySelector('meta[name="stv-messages-' + lang + '"]');
  if (!meta) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = meta.content;
  document.head.append(link);
})();

(function () {
  if (!('serviceWorker' in navigator)) return;
  function offerUpdate(worker) {
    if (document.getElementById('update-banner')) return;
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    // In the page's language (the checker sets <html lang>).
    const lang = document.documentElement.lang;
    const words = lang.startsWith('zh-Hant') ? ['檢查器有新版本。', '立即更新']
      : lang.startsWith('zh') ? ['检查器有新版本。', '立即更新']
      : ['A new version of the checker is ready. ', 'Update now'];
    const text = document.createElement('span');
    text.textContent = words[0];
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = words[1];
    button.addEventListener('click', function () {
      updating = true;
      worker.postMessage('update');
    });
    banner.append(text, button);
    document.body.append(banner);
  }
  // Reload only when the user asked for the new version: on a first visit the new worker also takes control of the
  // page, and reloading then would throw away whatever was typed in the first seconds.
  let updating = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!updating) return;
    updating = false;
    window.location.reload();
  });
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('./sw.js').then(function (registration) {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', function () {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      });
    });
  });
})();
