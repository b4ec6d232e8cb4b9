// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { GettingStartedSteps } from '@/components/getting-started';
import { MeetingHistory } from '@/components/meeting-history';
import { WelcomePage } from '@/entrypoints/welcome/welcome-page';
import { click, mount, q, settle } from '../helpers/dom';

describe('GettingStartedSteps', () => {
  it('gives three steps: join in the browser, captions and People, and what is kept where', () => {
    let settings = 0;
    const root = mount(<GettingStartedSteps headingLevel={2} onOpenSettings={() => (settings += 1)} />);
    const steps = [...q(root, 'getting-started').querySelectorAll(':scope > li')];
    expect(steps.map((s) => s.querySelector('h2')?.textContent)).toEqual([
      'Join the call in this browser',
      'Turn on captions, then open People',
      'What is kept, and where',
    ]);
    expect(steps[0]!.textContent).toContain('Continue on this browser');
    expect(steps[0]!.textContent).toContain('The Teams desktop app cannot be read by any browser extension');
    expect(steps[0]!.textContent).toContain('import it under Past meetings');
    expect(steps[1]!.textContent).toContain('press c');
    expect(steps[1]!.textContent).toContain('Language and speech, then Turn on live captions');
    expect(steps[2]!.textContent).toContain('this browser’s own storage, on this computer');
    click(q(root, 'open-settings'));
    expect(settings).toBe(1);
  });
});

describe('WelcomePage', () => {
  it('has one h1, opens the panel on request and says so when it cannot', async () => {
    let opened = 0;
    const root = mount(
      <WelcomePage
        isFirefox={false}
        onOpenPanel={() => {
          opened += 1;
          return opened === 1 ? Promise.resolve() : Promise.reject(new Error('no gesture'));
        }}
        onOpenSettings={() => undefined}
      />,
    );
    expect([...root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Welcome to the Primary Care Meeting Companion']);
    expect(q(root, 'getting-started').querySelectorAll('h3')).toHaveLength(3);
    click(q(root, 'welcome-open-panel'));
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    click(q(root, 'welcome-open-panel'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Use the extension’s toolbar button instead.');
  });

  it('speaks of the sidebar in Firefox', () => {
    const root = mount(<WelcomePage isFirefox onOpenPanel={() => Promise.resolve()} onOpenSettings={() => undefined} />);
    expect(q(root, 'welcome-open-panel').textContent).toBe('Open the sidebar');
  });
});

describe('MeetingHistory with no meetings', () => {
  it('names Teams as well as Meet', () => {
    const root = mount(<MeetingHistory meetings={[]} onOpen={() => undefined} />);
    expect(q(root, 'history-empty').textContent).toBe(
      'No meetings recorded yet. Join a Google Meet or Microsoft Teams call in this browser with captions on, or import a transcript, and it will appear here.',
    );
  });
});
