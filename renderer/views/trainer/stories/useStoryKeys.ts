// The story player's keys, page-wide while a story is open: ← → on a keyboard, PageUp / PageDown from
// a presenter's remote (which sends those), Escape to stop presenting. Keys typed into a field, a
// select, a slider or the view tabs stay theirs (storyKeyAction decides; this only listens).
import { useEffect } from 'react';
import type { Store } from '../../../state/store';
import type { AppState } from '../../../state/appState';
import type { Story } from '../../../../stories';
import { storyKeyAction } from '../../../lib/storyPlayer';
import { goToAndApply, revealAndApply } from './applyStep';

const CONTROL_ROLES = new Set(['slider', 'spinbutton', 'tab', 'radio', 'listbox', 'option', 'combobox', 'textbox', 'menuitem']);

function isControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  const role = target.getAttribute('role');
  return role !== null && CONTROL_ROLES.has(role);
}

export function useStoryKeys(store: Store<AppState>, story: Story, leavePresenting: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const state = store.state.trainer.story;
      const step = story.steps[state.step];
      const action = storyKeyAction(event.key, {
        inControl: isControl(event.target),
        presenting: state.presenting,
        awaitingReveal: !!step?.question && !state.revealed,
      });
      if (action === null) return;
      event.preventDefault();
      if (action === 'next') goToAndApply(store, story, state.step + 1);
      else if (action === 'back') goToAndApply(store, story, state.step - 1);
      else if (action === 'reveal') revealAndApply(store, story);
      else leavePresenting();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, story, leavePresenting]);
}
