// Charts draw one at a time, each in its own task. Drawing a Recharts chart (mount or new data)
// is one uninterruptible piece of work of a hundred ms or more on a slow machine, and its
// internal store re-renders synchronously, so React cannot split it; four charts updated
// together freeze the page for all four. Through this queue a chart asks for its turn, draws,
// says when it has committed, and the next waits for a fresh task, so clicks and keys get
// through in between. The queue is module-level UI scheduling, not state.
import { useEffect, useState } from 'react';

interface Turn {
  draw: () => void;
}

const waiting: Turn[] = [];
let drawing: { turn: Turn; timer: ReturnType<typeof setTimeout> } | null = null;

/** If a chart never says it drew (it unmounted first), the queue moves on after this long. */
const DRAW_TIMEOUT_MS = 1000;

function pump(): void {
  if (drawing || waiting.length === 0) return;
  const turn = waiting.shift()!;
  drawing = { turn, timer: setTimeout(() => finished(turn), DRAW_TIMEOUT_MS) };
  turn.draw();
}

function finished(turn: Turn): void {
  if (drawing?.turn !== turn) return;
  clearTimeout(drawing.timer);
  drawing = null;
  // A new task before the next chart: input events queued meanwhile are handled first.
  setTimeout(pump, 0);
}

function requestTurn(draw: () => void): { turn: Turn; cancel: () => void } {
  const turn: Turn = { draw };
  waiting.push(turn);
  setTimeout(pump, 0);
  return {
    turn,
    cancel: () => {
      const i = waiting.indexOf(turn);
      if (i >= 0) waiting.splice(i, 1);
    },
  };
}

/**
 * The value a chart may draw now: it follows `value` one queued turn behind (null until the
 * first turn). Call it at the top of a chart component; the chart draws `shown`.
 */
export function useQueuedValue<T>(value: T): T | null {
  const [shown, setShown] = useState<{ value: T; turn: Turn } | null>(null);
  useEffect(() => {
    if (shown?.value === value) return;
    const request = requestTurn(() => setShown({ value, turn: request.turn }));
    return request.cancel;
    // `shown` is left out on purpose: a new turn is asked for only when the value changes.
  }, [value]);
  useEffect(() => {
    if (shown) finished(shown.turn);
  }, [shown]);
  return shown ? shown.value : null;
}
