// A story being played: the step card above the part of trainer mode the step shows (the flow or
// one person's journey), so the card stays in view whatever the step sets. Trainer mode stays on
// 'stories' throughout; the step's `view` picks which part this component draws under the card.
// In presenter mode the same two fill the screen (stories.css), and nothing else of the app shows.
import { useCallback } from 'react';
import { useAppState, useServices } from '../../../state/appContext';
import { closeStory, type TrainerSide } from '../../../state/trainerSlice';
import type { Story } from '../../../../stories';
import { clampStep } from '../../../lib/storyPlayer';
import { FlowAnimation } from '../FlowAnimation';
import { FollowPerson } from '../FollowPerson';
import { goToAndApply, revealAndApply } from './applyStep';
import { StoryCard } from './StoryCard';
import { usePresenter } from './usePresenter';
import { useStoryKeys } from './useStoryKeys';

function runNote(left: TrainerSide, right: TrainerSide | null): string | null {
  const sides = [left, right].filter((s) => s !== null);
  if (sides.every((s) => s.status === 'done')) return null;
  const failed = sides.find((s) => s.status === 'failed');
  if (failed) return `The ${failed.scenarioName} run failed: ${failed.message ?? 'no reason given'}. Press Start above to try again.`;
  const running = sides.filter((s) => s.status === 'running');
  if (running.length > 0) return `Starting the runs: ${running.map((s) => `${s.scenarioName} ${Math.round(s.fraction * 100)}%`).join(', ')}`;
  return 'The runs have not started: press Start above.';
}

export function StoryPlayer({ story }: { story: Story }) {
  const { store } = useServices();
  // Slices, not the whole trainer state: the clock ticks many times a second while playing.
  const { step, revealed, presenting } = useAppState((s) => s.trainer.story);
  const left = useAppState((s) => s.trainer.left);
  const right = useAppState((s) => s.trainer.right);
  const followed = useAppState((s) => s.trainer.person.serial);
  const index = clampStep(step, story);
  const current = story.steps[index];
  const present = usePresenter(store, presenting);
  const leave = useCallback(() => present(false), [present]);
  useStoryKeys(store, story, leave);
  const note = runNote(left, right);
  return (
    <div className={presenting ? 'story-player story-presenter' : 'story-player'} data-testid={presenting ? 'presenter' : undefined}>
      <StoryCard
        story={story}
        index={index}
        revealed={revealed}
        presenting={presenting}
        runNote={note}
        followed={followed}
        onBack={() => goToAndApply(store, story, index - 1)}
        onNext={() => goToAndApply(store, story, index + 1)}
        onReveal={() => revealAndApply(store, story)}
        onPresent={present}
        onClose={() => {
          present(false);
          store.update(closeStory());
        }}
      />
      <div className="story-view" aria-label={current.view === 'flow' ? 'The system flowing' : 'Follow one person'} role="region">
        {current.view === 'flow' ? <FlowAnimation /> : <FollowPerson />}
      </div>
    </div>
  );
}
