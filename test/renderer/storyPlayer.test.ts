// The story player's rules: keys (arrows, a presenter's PageUp/PageDown, Escape), what a question
// step shows before and after Reveal, which story is open, and the slice recipes a story walk uses.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../renderer/state/appState';
import { closeStory, goToStep, initialTrainerState, openStory, revealAnswer, setPresenting } from '../../renderer/state/trainerSlice';
import { clampStep, openedStory, stepParts, storyKeyAction } from '../../renderer/lib/storyPlayer';
import { describeStoryFilter, matchesStoryFilter } from '../../renderer/lib/storyPerson';
import { loadBuiltInStory, restoreStory } from '../../stories';

const plain = { inControl: false, presenting: false, awaitingReveal: false };

describe('storyKeyAction', () => {
  it('moves with the arrows and with a presenter remote’s PageUp / PageDown', () => {
    expect(storyKeyAction('ArrowRight', plain)).toBe('next');
    expect(storyKeyAction('ArrowLeft', plain)).toBe('back');
    expect(storyKeyAction('PageDown', plain)).toBe('next');
    expect(storyKeyAction('PageUp', plain)).toBe('back');
    expect(storyKeyAction('a', plain)).toBeNull();
  });

  it('leaves arrows to a field, a select or a slider, but not PageUp / PageDown', () => {
    expect(storyKeyAction('ArrowRight', { ...plain, inControl: true })).toBeNull();
    expect(storyKeyAction('PageDown', { ...plain, inControl: true })).toBe('next');
  });

  it('forward on an unanswered question reveals first; back always goes back', () => {
    expect(storyKeyAction('PageDown', { ...plain, awaitingReveal: true })).toBe('reveal');
    expect(storyKeyAction('ArrowRight', { ...plain, awaitingReveal: true })).toBe('reveal');
    expect(storyKeyAction('PageUp', { ...plain, awaitingReveal: true })).toBe('back');
  });

  it('Escape leaves presenter mode, and does nothing otherwise', () => {
    expect(storyKeyAction('Escape', { ...plain, presenting: true })).toBe('leave');
    expect(storyKeyAction('Escape', plain)).toBeNull();
  });
});

describe('stepParts', () => {
  const story = loadBuiltInStory('as-happened');
  const asked = story.steps.find((s) => s.question)!;
  const told = story.steps.find((s) => !s.question)!;

  it('hides the answer and the text of a question step until Reveal', () => {
    expect(stepParts(asked, false)).toEqual({ question: asked.question, showText: false, showAnswer: false });
    expect(stepParts(asked, true)).toEqual({ question: asked.question, showText: true, showAnswer: true });
    expect(stepParts(told, false)).toEqual({ question: null, showText: true, showAnswer: false });
  });
});

describe('opening and walking a story in the slice', () => {
  const base = { trainer: initialTrainerState } as AppState;

  it('opens a built-in by id, and a file by the story it holds', () => {
    const opened = produce(base, openStory('as-happened'));
    expect(opened.trainer.mode).toBe('stories');
    expect(openedStory(opened.trainer.story)?.title).toBe(loadBuiltInStory('as-happened').title);
    const file = restoreStory({ format: 'probation-sim/story', version: 1, title: 'Mine', description: '', scenarios: { left: 'tr', right: null }, steps: [{ title: 'One', text: 'x', view: 'flow' }] });
    expect(openedStory(produce(base, openStory('file', file)).trainer.story)?.title).toBe('Mine');
    expect(openedStory(produce(base, openStory('no-such-story')).trainer.story)).toBeNull();
    expect(openedStory(base.trainer.story)).toBeNull();
  });

  it('moving a step hides the answer again; closing ends presenting', () => {
    let state = produce(base, openStory('as-happened'));
    state = produce(state, goToStep(1));
    state = produce(state, revealAnswer());
    expect(state.trainer.story).toMatchObject({ step: 1, revealed: true });
    state = produce(state, goToStep(2));
    expect(state.trainer.story).toMatchObject({ step: 2, revealed: false });
    state = produce(state, setPresenting(true));
    state = produce(state, closeStory());
    expect(state.trainer.story).toEqual({ id: null, file: null, step: 0, revealed: false, presenting: false });
  });

  it('clamps a step into the story', () => {
    const story = loadBuiltInStory('tr');
    expect(clampStep(-1, story)).toBe(0);
    expect(clampStep(99, story)).toBe(story.steps.length - 1);
    expect(clampStep(2.7, story)).toBe(2);
  });
});

describe('the person filter', () => {
  const journey = {
    personSerial: 7,
    area: 'Kent',
    offenceGroup: 'drugs',
    rosh: 'medium',
    events: [
      { day: 0, date: '2015-01-01', kind: 'sentenced', detail: '', state: 'custody', provider: 'crc' as const, providerName: 'Kent CRC' },
      { day: 0, date: '2015-03-01', kind: 'recalled', detail: '', state: 'recall', provider: 'crc' as const, providerName: 'Kent CRC' },
    ],
  };

  it('matches every field given, and any journey when empty', () => {
    expect(matchesStoryFilter(journey, {})).toBe(true);
    expect(matchesStoryFilter(journey, { sentence: 'custody', rosh: 'medium', provider: 'crc', event: 'recalled' })).toBe(true);
    expect(matchesStoryFilter(journey, { sentence: 'communityOrder' })).toBe(false);
    expect(matchesStoryFilter(journey, { rosh: 'high' })).toBe(false);
    expect(matchesStoryFilter(journey, { provider: 'nps' })).toBe(false);
    expect(matchesStoryFilter(journey, { event: 'pss' })).toBe(false);
  });

  it('is described in words for the card', () => {
    expect(describeStoryFilter({ sentence: 'custody', provider: 'crc', event: 'pss' })).toBe('sentenced to custody, supervised by a CRC, with post-sentence supervision');
    expect(describeStoryFilter({ rosh: 'veryHigh' })).toBe('very high risk of serious harm on entry');
    expect(describeStoryFilter({})).toBe('anyone');
  });
});
