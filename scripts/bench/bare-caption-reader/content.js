// The floor for `npm run bench`: the least a content script reading Meet's
// captions can do. It runs in an isolated world like the real content script,
// finds the caption region once a second (re-attaching when it is replaced),
// and on each mutation reads the changed rows' text and keeps it. Nothing
// else: no speaker, no tracking, no messages, no roster, no health.
(() => {
  'use strict';

  // The real adapter's first tier for the region (utils/platforms/meet/selectors.ts).
  const REGION = '[jsname="dsyhDe"] [role="region"]';
  const latestTextByRow = new WeakMap();
  let region = null;
  let observer = null;

  const onMutations = (records) => {
    const rows = new Set();
    for (const record of records) {
      let node = record.target;
      while (node && node.parentNode !== region) node = node.parentNode;
      if (node) rows.add(node);
    }
    for (const row of rows) latestTextByRow.set(row, row.lastElementChild?.textContent ?? '');
  };

  setInterval(() => {
    const found = document.querySelector(REGION);
    if (found === region) return;
    observer?.disconnect();
    region = found;
    observer = null;
    if (!found) return;
    observer = new MutationObserver(onMutations);
    observer.observe(found, { childList: true, subtree: true, characterData: true });
  }, 1000);
})();
