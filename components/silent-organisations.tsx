import { sectorById, type SectorId } from '@/utils/core/taxonomy';

/** Organisations with people in the meeting who have not been heard. */
export function SilentOrganisations({ organisations }: { organisations: readonly { key: string; name: string; sector: SectorId; attendees: number }[] }) {
  if (!organisations.length) return null;
  return (
    <section class="silent" aria-labelledby="silent-heading" data-testid="silent-organisations">
      <h3 id="silent-heading">Present but not heard</h3>
      <ul>
        {organisations.map((o) => (
          <li key={o.key} data-testid="silent-organisation">
            <span class="swatch" style={{ background: sectorById(o.sector).colour }} aria-hidden="true" />
            {o.name} <span class="attendee-times">({sectorById(o.sector).short}, {o.attendees} {o.attendees === 1 ? 'person' : 'people'})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
