// The preview page refreshes itself: the server announces each finished build on /events (server-sent events),
// and the page fetches itself again and swaps every element marked data-live for its newer rendering.
'use strict';

(() => {
  let shown = Number(document.body.dataset.version);
  let busy = false;
  let again = false;

  async function refresh() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        const response = await fetch(location.href, { cache: 'no-store' });
        if (!response.ok) return;
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        // A page of another shape (the first article saved into an empty folder) is loaded whole.
        const ids = (root) => Array.from(root.querySelectorAll('[data-live]'), (e) => e.id).join(' ');
        if (ids(fresh) !== ids(document)) {
          location.reload();
          return;
        }
        for (const old of document.querySelectorAll('[data-live]')) {
          const next = fresh.getElementById(old.id);
          if (!next || next.outerHTML === old.outerHTML) continue;
          // The status line is a live region: its text changes in place so screen readers announce it.
          if (old.id === 'status') old.textContent = next.textContent;
          else old.replaceWith(document.importNode(next, true));
        }
        document.title = fresh.title;
        shown = Number(fresh.body.dataset.version);
        document.body.dataset.version = String(shown);
      } while (again);
    } finally {
      busy = false;
    }
  }

  const events = new EventSource('/events');
  events.addEventListener('version', (event) => {
    if (Number(event.data) !== shown) refresh();
  });
})();
