import type { JSX } from 'preact';

/**
 * The three things a new user needs before a meeting, shared by the welcome
 * page and the side panel when no meeting is being recorded: join in the
 * browser (Teams: "Continue on this browser"), turn captions on and open
 * People, and what is kept where.
 */
export function GettingStartedSteps(props: { headingLevel: 2 | 3; onOpenSettings: () => void }) {
  const Heading = `h${props.headingLevel}` as keyof JSX.IntrinsicElements;
  return (
    <ol class="steps" data-testid="getting-started">
      <li>
        <Heading>Join the call in this browser</Heading>
        <p>
          <strong>Google Meet</strong>: open the meeting here as usual.
        </p>
        <p>
          <strong>Microsoft Teams</strong>: open the meeting link and choose <strong>Continue on this browser</strong>. The Teams desktop app
          cannot be read by any browser extension. If you met in the app, download the meeting’s transcript afterwards and import it under
          Past meetings.
        </p>
      </li>
      <li>
        <Heading>Turn on captions, then open People</Heading>
        <p>
          <strong>Meet</strong>: press <kbd>c</kbd> (or select the CC button), then select People.
        </p>
        <p>
          <strong>Teams</strong>: select More, then Language and speech, then Turn on live captions; then select People.
        </p>
        <p>
          Captions say who said what; People gives who attended. The extension never turns them on for you. No captions? Record who speaks by
          hand in the Tally tab.
        </p>
      </li>
      <li>
        <Heading>What is kept, and where</Heading>
        <p>
          The captions, the names in the call and when people joined and left are kept in this browser’s own storage, on this computer.
          Nothing is sent anywhere: no account, no cloud, no analytics.
        </p>
        <p>
          Patient details are hidden in what you share. You can have transcript text deleted after a number of days, delete a meeting, or
          delete everything about a person.
        </p>
        <button type="button" class="button secondary" onClick={props.onOpenSettings} data-testid="open-settings">
          Settings, patient data and retention
        </button>
      </li>
    </ol>
  );
}
