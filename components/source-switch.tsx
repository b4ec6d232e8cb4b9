import type { TalkSource } from '@/utils/core/model';

const label: Record<TalkSource, string> = {
  captions: 'Captions',
  manual: 'Manual tally',
  indicators: 'Speaking indicators',
};

/** Chooses which source the figures come from, when more than one has data. */
export function SourceSwitch(props: { available: readonly TalkSource[]; selected: TalkSource; onSelect: (source: TalkSource) => void }) {
  if (props.available.length < 2) return null;
  return (
    <fieldset class="source-switch" data-testid="source-switch">
      <legend>Figures from</legend>
      {props.available.map((source) => (
        <label key={source}>
          <input
            type="radio"
            name="talk-source"
            value={source}
            checked={props.selected === source}
            onChange={() => props.onSelect(source)}
          />{' '}
          {label[source]}
        </label>
      ))}
    </fieldset>
  );
}
