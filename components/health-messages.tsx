import type { HealthMessage } from '@/utils/core/health';

const levelLabel: Record<HealthMessage['level'], string> = {
  ok: 'OK',
  info: 'Note',
  warning: 'Check',
  problem: 'Not recording',
};

/**
 * What capture can and cannot see, in plain words. Announced politely to
 * screen readers: the live region is a wrapper, so the list keeps its role.
 */
export function HealthMessages({ messages }: { messages: readonly HealthMessage[] }) {
  return (
    <div role="status" aria-live="polite">
      <ul class="health" data-testid="health">
        {messages.map((m) => (
          <li key={m.id} class={`health-${m.level}`} data-testid={`health-${m.id}`}>
            <span class="health-level">{levelLabel[m.level]}</span> {m.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
