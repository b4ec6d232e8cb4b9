// A stand-in for the Google Meet page, served as https://meet.google.com/<code>
// by the demo and the end-to-end tests. It builds the DOM shapes described in
// shared/docs/platform-dom.md §2 and changes them the way Meet does: caption
// rows grow word by word (through both characterData edits and replaced text
// nodes), are re-punctuated, corrected after the next row starts, evicted once
// a few newer rows exist, and a very long monologue is cleared and restarted.
// It knows nothing about the extension. Exposes `window.meetSim`.
(() => {
  'use strict';

  // Words the page shows, by interface language. Meet translates every label,
  // including the one it gives the local user's own captions and tile.
  const LANGUAGES = {
    en: { self: 'You', captions: 'Captions', turnOff: 'Turn off captions', turnOn: 'Turn on captions', leave: 'Leave call', people: 'People', jump: 'Jump to bottom', left: 'You left the meeting', rejoin: 'Rejoin', home: 'Return to home screen', ready: 'Ready to join?', join: 'Join now' },
    de: { self: 'Du', captions: 'Untertitel', turnOff: 'Untertitel deaktivieren', turnOn: 'Untertitel aktivieren', leave: 'Anruf verlassen', people: 'Personen', jump: 'Zum Ende springen', left: 'Du hast den Anruf verlassen', rejoin: 'Noch einmal teilnehmen', home: 'Zurück zum Startbildschirm', ready: 'Bereit zum Teilnehmen?', join: 'Jetzt teilnehmen' },
    cy: { self: 'Chi', captions: 'Capsiynau', turnOff: 'Diffodd capsiynau', turnOn: 'Troi capsiynau ymlaen', leave: 'Gadael yr alwad', people: 'Pobl', jump: 'Neidio i’r gwaelod', left: 'Rydych chi wedi gadael y cyfarfod', rejoin: 'Ailymuno', home: 'Dychwelyd i’r sgrin gartref', ready: 'Yn barod i ymuno?', join: 'Ymuno nawr' },
  };
  /**
   * How this page differs from the usual one, as a redesign would (issue 16):
   * its language, class names and jsname values rotated, no call controls,
   * caption rows in an extra wrapper, a caption region without tabindex or
   * without its label, a page after leaving with none of the known markers.
   * Set before joining.
   */
  const redesign = { language: 'en', rotateNames: false, noControls: false, wrapRows: false, noTabindex: false, noRegionLabel: false, unmarkedLeftPage: false, selfTileShowsName: false };
  const words = () => LANGUAGES[redesign.language] ?? LANGUAGES.en;
  /** A rotated class name or jsname value: the same on every element, unlike any Meet uses. */
  const rotated = (value) => value.split(' ').map((token) => (token ? `r${[...token].reverse().join('')}9` : token)).join(' ');
  const state = {
    phase: 'lobby',
    code: location.pathname.slice(1) || 'abc-defg-hij',
    title: '',
    selfName: '',
    captionsOn: false,
    peopleOpen: false,
    participants: new Map(), // name -> { id, isSelf, tile, item, indicator }
    rows: new Map(), // rowId -> { el, textEl, speaker }
    rowOrder: [],
    nextId: 1,
    maxRows: 4,
    timers: new Set(),
  };

  const el = (tag, attrs = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, redesign.rotateNames && (key === 'class' || key === 'jsname') ? rotated(value) : value);
    }
    for (const child of children) node.append(child);
    return node;
  };
  const icon = (name) => el('i', { class: 'google-symbols', 'aria-hidden': 'true', text: name });

  const root = el('div', { jsname: 'BOHaEe', class: 'crqnQb' });
  document.body.append(root);
  let lobby = null;
  let leftPage = null;
  let tiles = null;
  let peoplePanel = null;
  let peopleList = null;
  let captionWrapper = null;
  let region = null;
  let jump = null;
  let rowHolder = null;
  let bar = null;
  let titleEl = null;
  let captionsButton = null;

  function renderLobby() {
    lobby = el('div', { class: 'lobby' }, [
      el('h1', { text: words().ready }),
      el('button', { jsname: 'Qx7uuf', 'aria-label': words().join, text: words().join }),
    ]);
    root.append(lobby);
  }

  function renderCall() {
    lobby?.remove();
    leftPage?.remove();
    tiles = el('div', { class: 'dkjMxf' });
    titleEl = el('div', { class: 'u6vdEc', 'data-meeting-title': state.title || state.code, text: state.title || state.code });
    captionsButton = el('button', { jsname: 'RrG0hf' }, [icon('closed_caption_off')]);
    bar = el('div', { class: 'Tmb7Fd' }, [
      titleEl,
      captionsButton,
      el('button', { 'aria-label': words().people, class: 'people-button' }, [icon('people')]),
      el('button', { jsname: 'CQylAd', 'aria-label': words().leave }, [icon('call_end')]),
    ]);
    // A page with no call controls (an anonymised caption page) has no bar at all.
    if (redesign.noControls) bar = null;
    root.append(tiles);
    if (bar) root.append(bar);
    updateCaptionsButton();
    for (const participant of state.participants.values()) mountParticipant(participant);
  }

  function renderLeft() {
    root.replaceChildren();
    const rejoin = redesign.unmarkedLeftPage
      ? el('button', { text: words().rejoin })
      : el('button', { jsname: 'oI7Fj', 'aria-label': words().rejoin, text: words().rejoin });
    rejoin.addEventListener('click', () => join());
    leftPage = el('div', { class: 'left' }, [el('h1', { text: words().left }), rejoin, el('button', { text: words().home })]);
    root.append(leftPage);
    tiles = peoplePanel = peopleList = captionWrapper = region = jump = bar = null;
    state.captionsOn = false;
    state.rows.clear();
    state.rowOrder = [];
  }

  function updateCaptionsButton() {
    if (!captionsButton) return;
    captionsButton.setAttribute('aria-label', state.captionsOn ? words().turnOff : words().turnOn);
    captionsButton.setAttribute('aria-pressed', String(state.captionsOn));
    captionsButton.firstChild.textContent = state.captionsOn ? 'closed_caption' : 'closed_caption_off';
  }

  function displayName(participant, name) {
    // The self tile says "Du", "Chi" in those languages (unless the redesign shows the name there too).
    if (participant.isSelf && redesign.language !== 'en' && !redesign.selfTileShowsName) return words().self;
    return participant.isSelf ? state.selfName || name : name;
  }

  function mountParticipant(participant) {
    if (!tiles) return;
    const name = participant.name;
    participant.indicator = el('div', { jsname: 'QgSmzd', class: 'IisKdb gjg47c', 'data-audio-level': '0' });
    participant.tile = el('div', { class: 'oZRSLe', 'data-participant-id': participant.id, 'data-requested-participant-id': participant.id }, [
      participant.indicator,
      el('span', { class: 'notranslate', text: displayName(participant, name) }),
    ]);
    if (participant.isSelf) participant.tile.append(el('div', { 'data-self-name': state.selfName || name }));
    tiles.append(participant.tile);
    if (peopleList) mountPeopleItem(participant);
  }

  function mountPeopleItem(participant) {
    const label = participant.isSelf ? state.selfName || participant.name : participant.name;
    participant.item = el('div', { role: 'listitem', 'aria-label': label, 'data-participant-id': participant.id }, [
      el('span', { class: 'zWGUib', text: label }),
      ...(participant.isSelf ? [el('span', { class: 'NnTWjc', text: `(${words().self})` })] : []),
    ]);
    peopleList.append(participant.item);
  }

  function openPeople() {
    if (peoplePanel || state.phase !== 'in-call') return;
    peopleList = el('div', { role: 'list', 'aria-label': 'Participants' });
    peoplePanel = el('aside', { class: 'R3Gmyc', 'aria-label': words().people }, [el('h2', { text: words().people }), peopleList]);
    root.insertBefore(peoplePanel, bar);
    for (const participant of state.participants.values()) mountPeopleItem(participant);
  }

  function closePeople() {
    peoplePanel?.remove();
    peoplePanel = peopleList = null;
    for (const participant of state.participants.values()) participant.item = null;
  }

  function mountCaptions() {
    const label = redesign.noRegionLabel ? {} : { 'aria-label': words().captions };
    region = el('div', { ...(redesign.noTabindex ? {} : { tabindex: '0' }), role: 'region', ...label, class: 'vNKgIf UDinHf' });
    jump = el('div', { class: 'bBsVd' }, [el('button', { 'aria-label': words().jump }, [icon('arrow_downward')])]);
    // Rows in an extra wrapper inside the region, as a redesign might put them.
    rowHolder = redesign.wrapRows ? el('div', { class: 'Wr4pRs' }) : region;
    if (redesign.wrapRows) region.append(rowHolder);
    region.append(jump);
    captionWrapper = el('div', { jsname: 'dsyhDe', class: 'iOzk7' }, [region]);
    root.insertBefore(captionWrapper, bar);
  }

  function captionsOn() {
    if (state.captionsOn || state.phase !== 'in-call') return;
    state.captionsOn = true;
    mountCaptions();
    updateCaptionsButton();
  }

  function captionsOff() {
    if (!state.captionsOn) return;
    state.captionsOn = false;
    captionWrapper?.remove();
    captionWrapper = region = jump = null;
    state.rows.clear();
    state.rowOrder = [];
    updateCaptionsButton();
  }

  /** Meet sometimes swaps the whole caption region for a new node, keeping the visible rows. */
  function replaceRegion() {
    if (!region) return;
    const fresh = region.cloneNode(true);
    captionWrapper.replaceChild(fresh, region);
    const isWrapped = rowHolder !== region;
    region = fresh;
    jump = region.lastElementChild;
    rowHolder = isWrapped ? region.firstElementChild : region;
    const rowEls = [...rowHolder.children].filter((child) => child !== jump);
    state.rowOrder.forEach((rowId, index) => {
      const row = state.rows.get(rowId);
      row.el = rowEls[index];
      row.textEl = row.el.lastElementChild;
    });
  }

  /**
   * Takes the caption region out of the page while captions stay on (as when
   * Meet re-renders its layout); rows said meanwhile wait in the detached region.
   */
  function removeRegion() {
    if (!captionWrapper || !captionWrapper.isConnected) return;
    captionWrapper.remove();
  }

  /** Puts the caption region taken out by removeRegion back, with its rows. */
  function restoreRegion() {
    if (!captionWrapper || captionWrapper.isConnected || state.phase !== 'in-call') return;
    root.insertBefore(captionWrapper, bar);
  }

  function newRow(speakerLabel) {
    if (!region) return null;
    const rowId = state.nextId++;
    const textEl = el('div', { class: 'ygicle VbkSUe' });
    const rowEl = el('div', { class: 'nMcdL bj4p3b' }, [
      el('div', { class: 'adE6rb' }, [
        el('img', { 'data-iml': String(rowId), alt: '', src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }),
        el('div', { class: 'KcIKyf jxFHg' }, [el('span', { class: 'NWpY1d', text: speakerLabel })]),
      ]),
      textEl,
    ]);
    if (rowHolder === region) region.insertBefore(rowEl, jump);
    else rowHolder.append(rowEl);
    state.rows.set(rowId, { el: rowEl, textEl, speaker: speakerLabel, edits: 0 });
    state.rowOrder.push(rowId);
    while (state.rowOrder.length > state.maxRows) evictOldestRow();
    return rowId;
  }

  /** Meet updates text in two ways: editing the text node, or replacing it. */
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

  function evictOldestRow() {
    const rowId = state.rowOrder.shift();
    const row = state.rows.get(rowId);
    row?.el.remove();
    state.rows.delete(rowId);
  }

  function addParticipant({ name, isSelf = false }) {
    if (state.participants.has(name)) return;
    const participant = { name, isSelf, id: `spaces/sim/devices/${state.nextId++}`, tile: null, item: null, indicator: null };
    state.participants.set(name, participant);
    if (state.phase === 'in-call') mountParticipant(participant);
  }

  function removeParticipant(name) {
    const participant = state.participants.get(name);
    if (!participant) return;
    participant.tile?.remove();
    participant.item?.remove();
    state.participants.delete(name);
  }

  function setSpeaking(name, isSpeaking) {
    const participant = state.participants.get(name);
    if (!participant?.indicator) return;
    participant.indicator.setAttribute('data-audio-level', isSpeaking ? String(2 + ((state.nextId++ % 3))) : '0');
    participant.indicator.classList.toggle('gjg47c', !isSpeaking);
  }

  function join() {
    if (state.phase === 'in-call') return;
    state.phase = 'in-call';
    document.title = `Meet - ${state.title || state.code}`;
    renderCall();
  }

  function leave() {
    state.phase = 'left';
    stop();
    renderLeft();
  }

  // ---- Replaying a meeting script ------------------------------------------

  /** The shared script player (simulator/shared/script-player.js), which page.html loads first. */
  function scriptPlayer() {
    if (!window.simScriptPlayer) throw new Error('simulator/shared/script-player.js must be loaded before meet-sim.js');
    return window.simScriptPlayer;
  }

  function stop() {
    for (const timer of state.timers) clearTimeout(timer);
    state.timers.clear();
  }

  /**
   * The utterances Meet would leave in the captions for one script line:
   * normally one; two when the line is longer than `resetAfterWords`.
   */
  function expectedParts(line, resetAfterWords) {
    const words = line.text.split(/\s+/).filter(Boolean);
    if (words.length <= resetAfterWords) return [line.text];
    return [words.slice(0, resetAfterWords).join(' '), words.slice(resetAfterWords).join(' ')];
  }

  /**
   * Plays a meeting script (simulator/meetings/*.json) at `speed` times real
   * time. Returns a promise that resolves when the last line has ended.
   */
  function play(script, options = {}) {
    const { playScript, draftOf } = scriptPlayer();
    const resetAfterWords = options.resetAfterWords ?? 150;
    state.title = script.title;
    state.selfName = script.selfName;
    if (titleEl) {
      titleEl.textContent = script.title;
      titleEl.setAttribute('data-meeting-title', script.title);
    }
    document.title = `Meet - ${script.title}`;
    let previousRow = null;
    let previousFinal = null;
    const timeline = { speed: options.speed, openPeopleAtS: options.openPeopleAtS, leaveAtEnd: options.leaveAtEnd, timers: state.timers };
    return playScript(script, timeline, {
      addParticipant: (p) => addParticipant({ name: p.name, isSelf: p.name === script.selfName }),
      removeParticipant: (p) => removeParticipant(p.name),
      openPeople,
      caption(line) {
        const label = line.speaker === script.selfName ? words().self : line.speaker;
        const finalWords = line.text.split(/\s+/).filter(Boolean);
        let liveText = line.text;
        // A line long enough to be reset keeps its words aligned: no mishearing there.
        if (line.mishear && finalWords.length <= resetAfterWords) {
          liveText = line.text.replace(line.mishear.as, line.mishear.heard);
        }
        const liveWords = liveText.split(/\s+/).filter(Boolean);
        let rowId = null;
        let shownFrom = 0;
        return {
          words: liveWords,
          start() {
            // Meet corrects the previous row once the next one has started.
            if (previousRow !== null && previousFinal !== null) setRowText(previousRow.id, previousFinal);
            rowId = newRow(label);
            previousRow = { id: rowId };
            previousFinal = line.text;
            setSpeaking(line.speaker, true);
          },
          word(index) {
            if (rowId === null) return;
            if (index - shownFrom >= resetAfterWords) {
              // Meet finishes the long text it is about to drop, then (in a later
              // task) clears the row and starts again from the new words.
              setRowText(rowId, finalWords.slice(shownFrom, index).join(' '));
              shownFrom = index;
              previousFinal = finalWords.slice(shownFrom).join(' ');
              const from = shownFrom;
              setTimeout(() => setRowText(rowId, draftOf(liveWords.slice(from, index + 1))), 0);
              return;
            }
            setRowText(rowId, draftOf(liveWords.slice(shownFrom, index + 1)));
          },
          end() {
            if (rowId === null) return;
            // Re-punctuated in place; a misheard phrase stays until the next row starts.
            setRowText(rowId, liveWords.slice(shownFrom).join(' '));
            setSpeaking(line.speaker, false);
          },
        };
      },
      end() {
        if (previousRow !== null && previousFinal !== null) setRowText(previousRow.id, previousFinal);
      },
      leave,
    });
  }

  function expectedUtterances(script, options = {}) {
    const resetAfterWords = options.resetAfterWords ?? 150;
    return script.lines.flatMap((line) =>
      expectedParts(line, resetAfterWords).map((text) => ({ speaker: line.speaker, text })),
    );
  }

  renderLobby();

  window.meetSim = {
    join,
    leave,
    setRedesign(options) {
      Object.assign(redesign, options);
      if (state.phase === 'lobby' && lobby) {
        lobby.remove();
        renderLobby();
      }
    },
    get selfLabel() {
      return words().self;
    },
    setTitle(title) {
      state.title = title;
      if (titleEl) {
        titleEl.textContent = title;
        titleEl.setAttribute('data-meeting-title', title);
      }
    },
    setSelfName(name) {
      state.selfName = name;
    },
    addParticipant,
    removeParticipant,
    openPeople,
    closePeople,
    captionsOn,
    captionsOff,
    replaceRegion,
    removeRegion,
    restoreRegion,
    newRow,
    setRowText,
    evictOldestRow,
    setSpeaking,
    setMaxRows(n) {
      state.maxRows = n;
    },
    play,
    stop,
    expectedUtterances,
    get phase() {
      return state.phase;
    },
  };
})();
