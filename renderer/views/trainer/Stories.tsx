// Guided stories, trainer mode's third part: a list of scripted tours (one per built-in scenario,
// or a story file a trainer wrote) and, once one is open, the player: a step card over the flow or
// one person's journey, with a presenter mode for a room (full screen, large type, high contrast).
import { useMemo } from 'react';
import { useAppState } from '../../state/appContext';
import { openedStory } from '../../lib/storyPlayer';
import { StoryList } from './stories/StoryList';
import { StoryPlayer } from './stories/StoryPlayer';
import './stories/stories.css';

export function Stories() {
  const id = useAppState((s) => s.trainer.story.id);
  const file = useAppState((s) => s.trainer.story.file);
  const story = useMemo(() => openedStory({ id, file }), [id, file]);
  return story ? <StoryPlayer story={story} /> : <StoryList />;
}
