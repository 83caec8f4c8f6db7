// Registers the service worker (static/sw.js), and when a new version of the checker has been downloaded, says so
// and updates when the user asks. Nothing here sends anything anywhere.
(function () {
  if (!('serviceWorker' in navigator)) return;
  function offerUpdate(worker) {
    if (document.getElementById('update-banner')) return;
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'A new version of the checker is ready. ';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Update now';
    button.addEventListener('click', function () { worker.postMessage('update'); });
    banner.append(text, button);
    document.body.append(banner);
  }
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloading) return;
    reloading = true;
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
