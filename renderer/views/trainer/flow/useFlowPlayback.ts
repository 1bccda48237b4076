// The play loop: while `playing`, a requestAnimationFrame loop advances the simulated clock by
// speed × elapsed real seconds and writes the date to the store at most ~30 times a second (the
// dots glide between positions with CSS transitions, so more would only cost). It stops at the end
// of the window. A date set meanwhile by hand (slider, step buttons) is picked up, not overwritten.
import { useEffect, useRef } from 'react';
import type { Store } from '../../../state/store';
import type { AppState } from '../../../state/appState';
import { setClockDate, setPlaying } from '../../../state/trainerSlice';
import { advanceClock, clampDay, dayOf, isoOf, type ClockWindow, type PlayPosition } from '../../../lib/trainerClock';

const WRITE_EVERY_MS = 1000 / 30;
/** A frame after the tab was hidden can be seconds late: never jump more than this at once. */
const MAX_FRAME_SECONDS = 0.25;

export function useFlowPlayback(store: Store<AppState>, window: ClockWindow | null, playing: boolean, speed: number): void {
  const speedRef = useRef(speed);
  speedRef.current = speed;
  useEffect(() => {
    if (!playing || !window) return;
    let frame = 0;
    let last = performance.now();
    let lastWrite = last;
    let written = store.state.trainer.clock.date;
    let position: PlayPosition = { day: clampDay(dayOf(written), window), fraction: 0 };
    const tick = (now: number) => {
      const current = store.state.trainer.clock.date;
      if (current !== written) {
        written = current;
        position = { day: clampDay(dayOf(current), window), fraction: 0 };
      }
      const next = advanceClock(position, speedRef.current, Math.min(MAX_FRAME_SECONDS, (now - last) / 1000), window);
      last = now;
      position = next;
      if (next.ended) {
        store.update((d) => {
          setClockDate(isoOf(next.day))(d);
          setPlaying(false)(d);
        });
        return;
      }
      const date = isoOf(next.day);
      if (now - lastWrite >= WRITE_EVERY_MS - 1 && date !== written) {
        written = date;
        lastWrite = now;
        store.update(setClockDate(date));
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, window, store]);
}
