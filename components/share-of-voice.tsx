import type { OrganisationAnalytics } from '@/utils/core/org-analytics';
import type { Resolution } from '@/utils/core/org-resolution';
import type { TalkTimeStats } from '@/utils/core/talk-time';
import { sectorById } from '@/utils/core/taxonomy';
import { ShareChart, type ShareBar } from './share-chart';
import { TalkTimeList } from './talk-time-list';

/** How share of voice is broken down. */
export type ShareView = 'sector' | 'organisation' | 'person';

const VIEW_NAMES: Record<ShareView, string> = { sector: 'Sector', organisation: 'Organisation', person: 'Person' };

/** Bars by sector, with how many people of each were here. */
function sectorBars(organisations: OrganisationAnalytics): ShareBar[] {
  return organisations.bySector
    .filter((sector) => sector.talkMs > 0 || sector.words > 0)
    .map((sector) => ({
      id: sector.id,
      name: sector.name,
      shareRatio: sector.shareRatio,
      talkMs: sector.talkMs,
      colour: sectorById(sector.id).colour,
      detail: `${sector.attendees} ${sector.attendees === 1 ? 'person' : 'people'} here`,
    }));
}

/** Bars by organisation, naming who spoke for each. */
function organisationBars(organisations: OrganisationAnalytics, resolutions: ReadonlyMap<string, Resolution>): ShareBar[] {
  return organisations.byOrganisation
    .filter((o) => o.talkMs > 0 || o.words > 0)
    .map((o) => ({
      id: o.key,
      name: o.name,
      shareRatio: o.shareRatio,
      talkMs: o.talkMs,
      colour: sectorById(o.sector).colour,
      detail: `${sectorById(o.sector).short} · ${o.speakers.map((sp) => resolutions.get(sp)?.personName ?? sp).join(', ')}`,
    }));
}

/**
 * Share of voice by sector, organisation or person, with the choice of
 * breakdown. By sector once anyone's sector is known, unless the user chose;
 * until then a chart of "not known" would say nothing.
 */
export function ShareOfVoice(props: {
  talk: TalkTimeStats | null;
  organisations: OrganisationAnalytics;
  resolutions: ReadonlyMap<string, Resolution>;
  chosenView: ShareView | null;
  onChooseView: (view: ShareView) => void;
}) {
  const { talk, organisations, resolutions } = props;
  if (!talk) return <TalkTimeList stats={null} />;
  const hasKnownSector = [...resolutions.values()].some((r) => r.kind === 'person' && r.sector !== 'unknown');
  const view: ShareView = props.chosenView ?? (hasKnownSector ? 'sector' : 'person');
  return (
    <>
      <fieldset class="source-switch share-view" data-testid="share-view">
        <legend>Share of voice by</legend>
        {(['sector', 'organisation', 'person'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="share-view"
              value={option}
              checked={view === option}
              onChange={() => props.onChooseView(option)}
              data-testid={`share-view-${option}`}
            />{' '}
            {VIEW_NAMES[option]}
          </label>
        ))}
      </fieldset>
      {view === 'sector' ? <ShareChart testId="sector-share" emptyText="Nobody has spoken yet." bars={sectorBars(organisations)} /> : null}
      {view === 'organisation' ? (
        <ShareChart testId="organisation-share" emptyText="Nobody has spoken yet." bars={organisationBars(organisations, resolutions)} />
      ) : null}
      {view === 'person' ? <TalkTimeList stats={talk} /> : null}
    </>
  );
}
