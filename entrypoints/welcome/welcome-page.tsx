import { useState } from 'preact/hooks';
import { GettingStartedSteps } from '@/components/getting-started';

/**
 * The page opened once, when the extension is installed: what it does, how
 * to open it, how to get a meeting recorded, and what is kept where.
 */
export function WelcomePage(props: { isFirefox: boolean; onOpenPanel: () => Promise<void>; onOpenSettings: () => void }) {
  const [panelError, setPanelError] = useState<string | null>(null);
  return (
    <main class="welcome" data-testid="welcome">
      <img src="/icon/128.png" width="64" height="64" alt="" class="welcome-icon" />
      <h1>Welcome to the Primary Care Meeting Companion</h1>
      <p class="welcome-lead">
        It sits beside your Google Meet or Microsoft Teams call and shows who speaks, from which organisation and sector, and for how long;
        catches the actions and decisions; and writes a primary care summary you can send to colleagues who could not attend.
      </p>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open it beside your meeting</h2>
        {props.isFirefox ? (
          <p>
            The companion opens in Firefox’s sidebar. Its toolbar button shows and hides it; so does View, then Sidebar.
          </p>
        ) : (
          <p>
            Pin it to the toolbar so its button is always there: select the Extensions button (the jigsaw piece), then the pin beside
            Primary Care Meeting Companion. The button opens the side panel.
          </p>
        )}
        <button
          type="button"
          class="button"
          data-testid="welcome-open-panel"
          onClick={() => {
            setPanelError(null);
            props.onOpenPanel().catch(() => setPanelError('The panel could not be opened from here. Use the extension’s toolbar button instead.'));
          }}
        >
          {props.isFirefox ? 'Open the sidebar' : 'Open the side panel'}
        </button>
        {panelError ? (
          <p class="error" role="alert">
            {panelError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Before your next meeting</h2>
        <GettingStartedSteps headingLevel={3} onOpenSettings={props.onOpenSettings} />
      </section>
      <section aria-labelledby="respect-heading">
        <h2 id="respect-heading">Tell the meeting</h2>
        <p>
          During a call the panel offers a short notice to paste into the meeting chat, so others know their captions are being noted. Your
          organisation may have its own rules on noting meetings: check with your information governance lead.
        </p>
      </section>
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keyboard</h2>
        <p>
          Everything works from the keyboard. In the Tally tab, once the panel has focus, number keys tap people, <kbd>0</kbd> marks silence
          and <kbd>U</kbd> undoes the last tap.
        </p>
      </section>
    </main>
  );
}
