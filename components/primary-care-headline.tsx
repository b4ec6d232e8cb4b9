import { formatPercent } from '@/utils/core/format';
import type { PrimaryCareHeadline as Headline } from '@/utils/core/org-analytics';

/** Primary care's share of voice beside its share of the people present. */
export function PrimaryCareHeadline({ headline }: { headline: Headline }) {
  const talk = formatPercent(headline.talkShareRatio);
  const people = formatPercent(headline.attendeeShareRatio);
  return (
    <section class="headline" aria-labelledby="headline-heading" data-testid="primary-care-headline">
      <h2 id="headline-heading">Primary care</h2>
      <p class="headline-figures">
        <span>
          <strong data-testid="primary-care-talk-share">{talk}</strong> of the talking
        </span>
        <span>
          <strong data-testid="primary-care-attendee-share">{people}</strong> of the people here ({headline.attendees} of{' '}
          {headline.totalAttendees})
        </span>
      </p>
      <div class="headline-bars" aria-hidden="true">
        <div class="headline-bar">
          <span>Talk</span>
          <div class="bar">
            <div class="bar-fill" style={{ width: `${Math.round(headline.talkShareRatio * 100)}%` }} />
          </div>
        </div>
        <div class="headline-bar">
          <span>People</span>
          <div class="bar">
            <div class="bar-fill people" style={{ width: `${Math.round(headline.attendeeShareRatio * 100)}%` }} />
          </div>
        </div>
      </div>
    </section>
  );
}
