// Presenter mode's link to the browser: full screen when the page may have it (a full-window layout
// otherwise, drawn by stories.css), a class on <body> so the page behind stops scrolling, and the
// ways out: Escape, the toggle, or the browser leaving full screen on its own (its Escape, F11).
import { useCallback, useEffect, useRef } from 'react';
import type { Store } from '../../../state/store';
import type { AppState } from '../../../state/appState';
import { setPresenting } from '../../../state/trainerSlice';

const PRESENTING_BODY_CLASS = 'story-presenting';

export function usePresenter(store: Store<AppState>, presenting: boolean): (on: boolean) => void {
  const wentFullscreen = useRef(false);

  useEffect(() => {
    if (!presenting) return;
    document.body.classList.add(PRESENTING_BODY_CLASS);
    return () => document.body.classList.remove(PRESENTING_BODY_CLASS);
  }, [presenting]);

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      // The browser left full screen (its own Escape): presenting ends with it.
      if (wentFullscreen.current && store.state.trainer.story.presenting) store.update(setPresenting(false));
      wentFullscreen.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  // Leaving the story (or the view) while presenting must not leave the window stuck in full screen.
  useEffect(
    () => () => {
      if (wentFullscreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      wentFullscreen.current = false;
    },
    [],
  );

  return useCallback(
    (on: boolean) => {
      store.update(setPresenting(on));
      if (on) {
        // Must run inside the click or key press that asked for it; refused (an iframe, a policy): the full-window layout stays.
        const root = document.documentElement;
        if (document.fullscreenEnabled && !document.fullscreenElement && typeof root.requestFullscreen === 'function') {
          root.requestFullscreen().then(
            () => {
              wentFullscreen.current = true;
            },
            () => undefined,
          );
        }
      } else if (document.fullscreenElement) {
        wentFullscreen.current = false;
        void document.exitFullscreen().catch(() => undefined);
      }
    },
    [store],
  );
}
