// Hand-made journeys for the Follow-one-person tests, shaped like the engine's (model/runResult.ts).
import type { Journey } from '../../renderer/engine';
import type { JourneyEvent } from '../../renderer/lib/trainerPersonTimeline';

export function ev(date: string, kind: string, state: string, providerName = '', detail = `${kind} happened`): JourneyEvent {
  const provider = providerName === '' ? 'none' : providerName.startsWith('NPS') ? 'nps' : providerName.endsWith('CRC') ? 'crc' : 'trust';
  return { day: 0, date, kind, detail, state, provider, providerName };
}

export function person(personSerial: number, events: JourneyEvent[], extra: Partial<Journey> = {}): Journey {
  return { personSerial, area: 'Kent', offenceGroup: 'acquisitive', rosh: 'medium', events, ...extra };
}
