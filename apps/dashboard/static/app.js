// Live updates: listen to the dashboard's event stream and, when something this page shows has changed,
// offer a refresh. Served as a file (the CSP allows no inline script); it never inserts event data as HTML.
(() => {
  const live = document.body.dataset.live;
  const bar = document.getElementById('live-bar');
  if (!live || !bar || typeof EventSource === 'undefined') return;
  const source = new EventSource('/events');
  source.onmessage = (message) => {
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    if (live !== '*' && event.storyId !== live) return;
    bar.hidden = false;
  };
  const refresh = bar.querySelector('.live-refresh');
  if (refresh) {
    refresh.addEventListener('click', () => window.location.reload());
  }
  window.addEventListener('pagehide', () => source.close());
})();
