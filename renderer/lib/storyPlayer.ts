// The story player's rules, apart from the screen: which story is open, which keys move it (arrows
// on a keyboard, PageUp/PageDown from a presenter's remote, Escape to stop presenting), and how a
// "predict, then reveal" step splits into what the room sees before and after Reveal.
import { loadBuiltInStory } from '../engine';
import type { Story, StoryStep } from '../../stories';
import type { TrainerState } from '../state/trainerSlice';

/** The story open in the slice: a built-in by id, or the validated file the user opened ('file'). */
export function openedStory(story: Pick<TrainerState['story'], 'id' | 'file'>): Story | null {
  if (story.id === null) return null;
  if (story.id === 'file') return (story.file as Story | null) ?? null;
  try {
    return loadBuiltInStory(story.id);
  } catch {
    return null;
  }
}

export type StoryKeyAction = 'next' | 'back' | 'reveal' | 'leave' | null;

export interface KeyContext {
  /** The key landed in a field or control that uses arrows itself (text, select, slider, tabs). */
  inControl: boolean;
  presenting: boolean;
  /** The current step asks a question whose answer is still hidden. */
  awaitingReveal: boolean;
}

/**
 * Forward on an unanswered question reveals first, so a presenter's two-button remote can play a
 * whole story, reveals included. The Next button itself always moves on.
 */
export function storyKeyAction(key: string, context: KeyContext): StoryKeyAction {
  if (key === 'Escape') return context.presenting ? 'leave' : null;
  const forward = key === 'PageDown' || (key === 'ArrowRight' && !context.inControl);
  const backward = key === 'PageUp' || (key === 'ArrowLeft' && !context.inControl);
  if (forward) return context.awaitingReveal ? 'reveal' : 'next';
  if (backward) return 'back';
  return null;
}

/** What the card shows before Reveal, and what Reveal adds. */
export function stepParts(step: StoryStep, revealed: boolean): { question: StoryStep['question'] | null; showText: boolean; showAnswer: boolean } {
  if (!step.question) return { question: null, showText: true, showAnswer: false };
  return { question: step.question, showText: revealed, showAnswer: revealed };
}

/** The step shown: the slice's step, kept inside the story whatever it says. */
export function clampStep(step: number, story: Story): number {
  return Math.max(0, Math.min(story.steps.length - 1, Math.trunc(step)));
}
