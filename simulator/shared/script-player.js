// The meeting-script player shared by the stand-in Meet and Teams pages
// (simulator/meet/meet-sim.js, simulator/teams/teams-sim.js). It keeps the
// timeline of a script (simulator/meetings/*.json) at `speed` times real time:
// when people join and leave, when People opens, when each line starts, when
// each of its words is said and when it ends. How a line is drawn (rows,
// eviction, the virtualised list, mishears and refinements) belongs to each
// page, which passes callbacks. Loaded by each page before its own script.
// It knows nothing about the extension. Exposes `window.simScriptPlayer`.
(() => {
  'use strict';

  /**
   * A caption as it reads while it is still being said: the last two words
   * have no trailing punctuation and are lower case.
   */
  const draftOf = (words) =>
    words
      .map((w, i) => (i >= words.length - 2 ? w.replace(/[.,;:!?]+$/, '').toLowerCase() : w))
      .join(' ');

  /**
   * Plays `script` through `page`'s callbacks. For each line, `page.caption(line,
   * lineIndex)` returns the words as they are first heard (`words`) and what to
   * do when the line starts, after each word and when it ends. Every timer is
   * kept in `options.timers` until it fires, so the page's stop() can clear them.
   * Returns a promise that resolves 2 s (meeting time) after the last line
   * ends, or with `leaveAtEnd` once the page has left 1 s after that.
   */
  function playScript(script, options, page) {
    const speed = options.speed ?? 1;
    const peopleAtS = options.openPeopleAtS === undefined ? 0 : options.openPeopleAtS;
    const leaveAtEnd = options.leaveAtEnd ?? false;
    const timers = options.timers ?? new Set();
    const ms = (seconds) => (seconds * 1000) / speed;

    function schedule(atMs, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, Math.max(0, atMs));
      timers.add(timer);
    }

    for (const p of script.participants) {
      schedule(ms(p.joinAtS), () => page.addParticipant(p));
      if (p.leaveAtS !== null && p.leaveAtS !== undefined) schedule(ms(p.leaveAtS), () => page.removeParticipant(p));
    }
    if (peopleAtS !== null) schedule(ms(peopleAtS), () => page.openPeople());
    const lastEndS = Math.max(...script.lines.map((l) => l.atS + l.durationS));
    if (page.tick) for (let s = 1; s <= lastEndS + 2; s += 1) schedule(ms(s), () => page.tick(s));
    script.lines.forEach((line, lineIndex) => {
      const caption = page.caption(line, lineIndex);
      const stepS = line.durationS / Math.max(1, caption.words.length);
      schedule(ms(line.atS), () => caption.start());
      caption.words.forEach((_, index) => {
        schedule(ms(line.atS + (index + 1) * stepS), () => caption.word(index));
      });
      schedule(ms(line.atS + line.durationS), () => caption.end());
    });
    return new Promise((resolve) => {
      schedule(ms(lastEndS + 2), () => {
        page.end?.();
        if (leaveAtEnd) {
          schedule(ms(1), () => {
            page.leave();
            resolve();
          });
        } else resolve();
      });
    });
  }

  window.simScriptPlayer = Object.freeze({ playScript, draftOf });
})();
