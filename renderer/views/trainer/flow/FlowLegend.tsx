// The key to the dots: who supervises the person, by colour, shape and letter.
import { PROVIDER_STYLES } from './providerStyle';

export function FlowLegend() {
  return (
    <ul className="flow-legend" aria-label="Key to the dots">
      {PROVIDER_STYLES.map((s) => (
        <li key={s.label}>
          <svg width="16" height="12" viewBox="-8 -6 16 12" aria-hidden="true">
            <rect x={-s.width / 2} y={-s.height / 2} width={s.width} height={s.height} rx={s.rx} fill={s.hollow ? '#ffffff' : s.colour} stroke={s.hollow ? s.colour : 'none'} strokeWidth={1.2} />
          </svg>
          <span>
            {s.letter && <b>{s.letter}</b>} {s.label}
          </span>
        </li>
      ))}
      <li className="flow-legend-note">Faded dots have left the model. Passing moments (court, allocation, breach) show for a few days.</li>
    </ul>
  );
}
