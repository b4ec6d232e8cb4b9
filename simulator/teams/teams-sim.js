// A stand-in for the Microsoft Teams (new Teams, v2) meeting page, served as
// https://teams.microsoft.com/v2/… by the demo and the end-to-end tests. It
// builds the DOM shapes of tests/fixtures/teams/*.html (facts in
// shared/docs/platform-dom.md §3) and changes them the way Teams does: the
// caption wrapper appears only once captions are on and someone has spoken,
// entries are appended at the end and refined in place word by word (through
// both characterData edits and replaced text nodes), the virtualised list drops
// old entries and sometimes re-renders an entry as a brand-new element, and
// host and guest views use different caption shapes.
// It knows nothing about the extension. Exposes `window.teamsSim`.
(() => {
  'use strict';

  const TITLE_SUFFIX = ' | Microsoft Teams';
  /** What the page after a call says, by interface language. */
  const LEFT_TEXTS = { en: 'You left the meeting', de: 'Sie haben die Besprechung verlassen', cy: 'Rydych chi wedi gadael y cyfarfod' };
  /**
   * How this page differs from the usual one, as a redesign would (issue 16):
   * its language, no call controls (an anonymised caption page), caption
   * containers without their data-tid ('containers') or every caption mark
   * gone, the entries' author and text too ('all'). Set before joining.
   */
  const redesign = { language: 'en', noControls: false, stripCaptionIds: false };
  const state = {
    phase: 'prejoin',
    shape: 'host',
    title: '',
    selfName: '',
    captionsOn: false,
    peopleOpen: false,
    participants: new Map(), // name -> { name, isSelf, tileId, rosterId, tile, outline, item }
    rows: new Map(), // rowId -> { el, textEl, author, edits }
    rowOrder: [],
    nextId: 1,
    nextRosterId: 1,
    maxRows: 6,
    timers: new Set(),
  };

  const el = (tag, attrs = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  };

  const app = el('div', { id: 'app' });
  document.body.append(app);
  document.title = 'Microsoft Teams';

  let prejoin = null;
  let nameInput = null;
  let ended = null;
  let statusEl = null;
  let durationEl = null;
  let toolbar = null;
  let rosterButton = null;
  let ccButton = null;
  let gallery = null;
  let rosterPanel = null;
  let rosterHeading = null;
  let rosterTree = null;
  let captionWrapper = null;
  let captionList = null; // the element entries are appended to

  // ---- Pages ----------------------------------------------------------------

  function renderPrejoin() {
    nameInput = el('input', { 'aria-label': 'Type your name', value: state.selfName });
    const joinButton = el('button', { id: 'prejoin-join-button', 'data-tid': 'prejoin-join-button', text: 'Join now' });
    joinButton.addEventListener('click', () => join());
    prejoin = [el('h1', { text: 'Choose your video and audio options' }), nameInput, joinButton];
    app.append(...prejoin);
  }

  function formatDuration(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  }

  /** The call timer; ticked by play() in meeting time (no free-running interval). */
  function setDuration(seconds) {
    if (durationEl) durationEl.textContent = formatDuration(Math.max(0, Math.floor(seconds)));
  }

  function renderCall() {
    app.replaceChildren();
    prejoin = nameInput = ended = null;
    durationEl = el('span', { id: 'call-duration-custom', text: '0:00' });
    statusEl = el('div', { 'data-tid': 'call-status-container-test-id' }, [durationEl]);

    rosterButton = el('button', {
      id: 'roster-button',
      'data-tid': 'calling-toolbar-people-button',
      'aria-label': 'People',
      'aria-pressed': 'false',
      text: 'People',
    });
    rosterButton.addEventListener('click', () => (rosterPanel ? closePeople() : openPeople()));
    ccButton = el('button', { 'data-tid': 'cc-toggle-button', text: 'CC' });
    ccButton.addEventListener('click', () => (state.captionsOn ? captionsOff() : captionsOn()));
    let hangup;
    if (state.shape === 'guest') {
      hangup = el('button', { 'data-tid': 'anon-hangup-button', 'aria-label': 'Leave', text: 'Leave' });
      hangup.addEventListener('click', () => leave());
    } else {
      const main = el('button', { 'data-tid': 'hangup-main-btn', 'aria-label': 'Leave', text: 'Leave' });
      main.addEventListener('click', () => leave());
      hangup = el('div', { id: 'hangup-button' }, [
        main,
        el('button', { 'aria-label': 'Leave options', 'aria-haspopup': 'menu', text: '⌄' }),
      ]);
    }
    toolbar = el('div', { 'data-tid': 'calling-toolbar', role: 'toolbar', 'aria-label': 'Meeting controls' }, [
      rosterButton,
      ccButton,
      hangup,
    ]);
    gallery = el('div', { 'data-tid': 'video-gallery' });
    if (redesign.noControls) {
      // Only the captions: no status, no toolbar, no tiles.
      statusEl = durationEl = toolbar = rosterButton = ccButton = gallery = null;
      return;
    }
    app.append(statusEl, toolbar, gallery);
    updateCcButton();
    for (const participant of state.participants.values()) mountParticipant(participant);
  }

  function renderEnded() {
    app.replaceChildren();
    const rejoin = el('button', { text: 'Rejoin' });
    rejoin.addEventListener('click', () => join());
    const dismiss = el('button', { text: 'Dismiss' });
    ended = el('div', { role: 'main' }, [el('h1', { role: 'heading', text: LEFT_TEXTS[redesign.language] ?? LEFT_TEXTS.en }), rejoin, dismiss]);
    app.append(ended);
    prejoin = nameInput = statusEl = durationEl = toolbar = rosterButton = ccButton = gallery = null;
    rosterPanel = rosterHeading = rosterTree = captionWrapper = captionList = null;
    state.peopleOpen = false;
    state.captionsOn = false;
    state.rows.clear();
    state.rowOrder = [];
    for (const participant of state.participants.values()) participant.tile = participant.outline = participant.item = null;
  }

  function updateCcButton() {
    if (!ccButton) return;
    ccButton.setAttribute('aria-label', state.captionsOn ? 'Turn off live captions' : 'Turn on live captions');
    ccButton.setAttribute('aria-pressed', String(state.captionsOn));
  }

  // ---- Participants: tiles and roster ----------------------------------------

  function displayName(participant) {
    return participant.isSelf ? state.selfName || participant.name : participant.name;
  }

  function mountParticipant(participant) {
    if (!gallery) return;
    const name = displayName(participant);
    const tileId = participant.tileId ?? name;
    participant.outline = el('div', { 'data-tid': 'voice-level-stream-outline', class: 'fui-Primitive' });
    participant.tile = el(
      'div',
      { 'data-stream-type': 'Video', 'data-tid': tileId, 'aria-label': `${name}, video is on, Context menu is available` },
      [participant.outline],
    );
    if (tileId !== 'menur1j') {
      participant.tile.append(el('div', { 'data-tid': 'participant-info-nametag' }, [el('span', { text: name })]));
    }
    gallery.append(participant.tile);
    if (rosterTree) mountRosterItem(participant);
  }

  function mountRosterItem(participant) {
    const label = participant.isSelf ? `${displayName(participant)} (You)` : displayName(participant);
    const n = participant.rosterId;
    participant.item = el(
      'div',
      { role: 'treeitem', 'data-tid': `participantsInCall-8:orgid:${n}`, 'aria-label': label },
      [el('span', { id: `roster-avatar-img-${n}`, text: label })],
    );
    rosterTree.append(participant.item);
    updateRosterCount();
  }

  function updateRosterCount() {
    if (!rosterHeading || !rosterTree) return;
    rosterHeading.textContent = `In this meeting (${rosterTree.children.length})`;
  }

  function openPeople() {
    if (rosterPanel || !toolbar) return;
    rosterHeading = el('h2', { id: 'roster-title-section-2', text: 'In this meeting (0)' });
    rosterTree = el('div', { role: 'tree', 'aria-label': 'Attendees' });
    rosterPanel = el('div', { role: 'tabpanel', 'aria-label': 'Roster' }, [rosterHeading, rosterTree]);
    gallery.after(rosterPanel);
    state.peopleOpen = true;
    rosterButton.setAttribute('aria-pressed', 'true');
    for (const participant of state.participants.values()) if (participant.tile) mountRosterItem(participant);
    updateRosterCount();
  }

  function closePeople() {
    rosterPanel?.remove();
    rosterPanel = rosterHeading = rosterTree = null;
    state.peopleOpen = false;
    rosterButton?.setAttribute('aria-pressed', 'false');
    for (const participant of state.participants.values()) participant.item = null;
  }

  function addParticipant({ name, isSelf = false, tileId }) {
    if (state.participants.has(name)) return;
    const rosterId = String(10000000 + state.nextRosterId++ * 1111);
    const participant = { name, isSelf, tileId, rosterId, tile: null, outline: null, item: null };
    state.participants.set(name, participant);
    if (state.phase === 'in-call') mountParticipant(participant);
  }

  function removeParticipant(name) {
    const participant = state.participants.get(name);
    if (!participant) return;
    participant.tile?.remove();
    participant.item?.remove();
    state.participants.delete(name);
    updateRosterCount();
  }

  function setSpeaking(name, isSpeaking) {
    const participant = state.participants.get(name);
    if (!participant?.outline) return;
    participant.outline.classList.toggle('vdi-frame-occlusion', Boolean(isSpeaking));
  }

  // ---- Captions ----------------------------------------------------------------

  function captionsOn() {
    if (state.captionsOn || state.phase !== 'in-call') return;
    state.captionsOn = true;
    // Teams renders the caption wrapper only once someone speaks (see newRow).
    updateCcButton();
  }

  function captionsOff() {
    if (!state.captionsOn) return;
    state.captionsOn = false;
    captionWrapper?.remove();
    captionWrapper = captionList = null;
    state.rows.clear();
    state.rowOrder = [];
    updateCcButton();
  }

  function mountCaptions() {
    // A redesign can drop the containers' data-tid: then only the entries' own parts are marked.
    const tid = (value) => (redesign.stripCaptionIds ? {} : { 'data-tid': value });
    const listContent = el('div', tid('closed-caption-v2-virtual-list-content'));
    if (state.shape === 'host') {
      captionList = el('div', tid('closed-captions-v2-items-renderer'));
      listContent.append(captionList);
    } else {
      captionList = listContent;
    }
    captionWrapper = el('div', tid('closed-caption-renderer-wrapper'), [el('div', tid('closed-caption-v2-window-wrapper'), [listContent])]);
    app.append(captionWrapper);
  }

  /** One caption entry in the current shape; returns the entry and its text span. */
  function buildEntry(author, text) {
    const mark = (value) => (redesign.stripCaptionIds === 'all' ? {} : { 'data-tid': value });
    const textEl = el('span', { ...mark('closed-caption-text'), dir: 'auto' });
    if (text) textEl.append(document.createTextNode(text));
    const authorEl = el('span', { ...mark('author'), text: author });
    if (state.shape === 'guest') return { entry: el('div', {}, [authorEl, textEl]), textEl };
    const entry = el('div', { class: 'fui-ChatMessageCompact ___m1' }, [
      el('div', { class: 'fui-ChatMessageCompact__header' }, [authorEl]),
      el('div', { class: 'fui-ChatMessageCompact__body' }, [textEl]),
    ]);
    return { entry, textEl };
  }

  function newRow(authorName) {
    if (!state.captionsOn || state.phase !== 'in-call') return null;
    if (!captionWrapper) mountCaptions();
    const rowId = state.nextId++;
    const { entry, textEl } = buildEntry(authorName, '');
    captionList.append(entry);
    state.rows.set(rowId, { el: entry, textEl, author: authorName, edits: 0 });
    state.rowOrder.push(rowId);
    while (state.rowOrder.length > state.maxRows) evictOldestRow();
    return rowId;
  }

  /** Teams updates text in two ways: editing the text node, or replacing it. */
  function setRowText(rowId, text, mode) {
    const row = state.rows.get(rowId);
    if (!row) return false;
    row.edits += 1;
    const how = mode ?? (row.edits % 2 === 0 ? 'replace' : 'characterData');
    const node = row.textEl.firstChild;
    if (how === 'characterData' && node && node.nodeType === Node.TEXT_NODE) node.data = text;
    else row.textEl.replaceChildren(document.createTextNode(text));
    return true;
  }

  /** The virtualised list re-renders an entry as a new element, in the same place. */
  function rerenderRow(rowId) {
    const row = state.rows.get(rowId);
    if (!row || !row.el.parentNode) return false;
    const { entry, textEl } = buildEntry(row.author, row.textEl.textContent);
    row.el.parentNode.replaceChild(entry, row.el);
    row.el = entry;
    row.textEl = textEl;
    return true;
  }

  function evictOldestRow() {
    const rowId = state.rowOrder.shift();
    if (rowId === undefined) return;
    state.rows.get(rowId)?.el.remove();
    state.rows.delete(rowId);
  }

  // ---- Lifecycle -------------------------------------------------------------

  function setTitle(title) {
    state.title = title;
    document.title = `${title}${TITLE_SUFFIX}`;
  }

  function join() {
    if (state.phase === 'in-call') return;
    state.phase = 'in-call';
    document.title = `${state.title || 'Meeting'}${TITLE_SUFFIX}`;
    renderCall();
  }

  function leave() {
    state.phase = 'left';
    stop();
    document.title = 'Microsoft Teams';
    renderEnded();
  }

  // ---- Replaying a meeting script -------------------------------------------------

  /** The shared script player (simulator/shared/script-player.js), which page.html loads first. */
  function scriptPlayer() {
    if (!window.simScriptPlayer) throw new Error('simulator/shared/script-player.js must be loaded before teams-sim.js');
    return window.simScriptPlayer;
  }

  function stop() {
    for (const timer of state.timers) clearTimeout(timer);
    state.timers.clear();
  }

  /** The Teams display name of a script participant (by their `name`). */
  function teamsNameOf(script, name) {
    const participant = script.participants.find((p) => p.name === name);
    return participant?.teamsName ?? name;
  }

  /**
   * Plays a meeting script (simulator/meetings/*.json) at `speed` times real
   * time. Returns a promise that resolves 2 s (meeting time) after the last line.
   */
  function play(script, options = {}) {
    const { playScript, draftOf } = scriptPlayer();
    const rerenderEvery = options.rerenderEvery ?? 7;
    const selfTeamsName = teamsNameOf(script, script.selfName);
    state.selfName = selfTeamsName;
    setTitle(script.title);
    const timeline = { speed: options.speed, openPeopleAtS: options.openPeopleAtS, leaveAtEnd: options.leaveAtEnd, timers: state.timers };
    return playScript(script, timeline, {
      addParticipant: (p) => addParticipant({ name: p.teamsName ?? p.name, isSelf: p.name === script.selfName }),
      removeParticipant: (p) => removeParticipant(p.teamsName ?? p.name),
      openPeople,
      tick: setDuration,
      caption(line, lineIndex) {
        const author = teamsNameOf(script, line.speaker);
        const liveText = line.mishear ? line.text.replace(line.mishear.as, line.mishear.heard) : line.text;
        const liveWords = liveText.split(/\s+/).filter(Boolean);
        let rowId = null;
        let done = false;
        return {
          words: liveWords,
          start() {
            rowId = newRow(author);
            // Every N-th line, as the next one starts, the virtualised list
            // re-renders the entry two rows back as a brand-new element.
            if (rerenderEvery && lineIndex > 0 && lineIndex % rerenderEvery === 0 && state.rowOrder.length >= 3) {
              rerenderRow(state.rowOrder[state.rowOrder.length - 3]);
            }
            setSpeaking(author, true);
          },
          word(index) {
            if (rowId === null || done) return;
            setRowText(rowId, draftOf(liveWords.slice(0, index + 1)));
          },
          end() {
            done = true;
            setSpeaking(author, false);
            // Refined in place to the final text: corrected words and punctuation.
            if (rowId !== null) setRowText(rowId, line.text);
          },
        };
      },
      leave,
    });
  }

  function expectedUtterances(script) {
    return script.lines.map((line) => ({ speaker: teamsNameOf(script, line.speaker), text: line.text }));
  }

  renderPrejoin();

  window.teamsSim = {
    join,
    leave,
    setRedesign(options) {
      Object.assign(redesign, options);
    },
    setShape(shape) {
      if (shape === 'host' || shape === 'guest') state.shape = shape;
    },
    setTitle,
    setSelfName(name) {
      state.selfName = name;
      if (nameInput) nameInput.value = name;
    },
    addParticipant,
    removeParticipant,
    openPeople,
    closePeople,
    captionsOn,
    captionsOff,
    newRow,
    setRowText,
    rerenderRow,
    evictOldestRow,
    setSpeaking,
    setMaxRows(n) {
      state.maxRows = n;
      while (state.rowOrder.length > state.maxRows) evictOldestRow();
    },
    play,
    stop,
    expectedUtterances,
    get phase() {
      return state.phase;
    },
    get shape() {
      return state.shape;
    },
  };
})();
