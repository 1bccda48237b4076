// The stories on offer: one scripted tour per built-in scenario, and any story file a trainer wrote
// (validated like a scenario: an error names the failing field). A built-in can be saved as a file
// to start a new story from.
import { useState } from 'react';
import { useServices } from '../../../state/appContext';
import { addNotice } from '../../../state/documentActions';
import type { Story } from '../../../../stories';
import { builtInStories, builtInStoryIds, loadBuiltInStory, restoreStory } from '../../../engine';
import { openAndApply } from './applyStep';

function scenariosLine(story: Story): string {
  const { left, right } = story.scenarios;
  return right === null ? `Scenario: ${left}` : `Scenarios: ${left} on the left, ${right} on the right`;
}

function questionsIn(story: Story): number {
  return story.steps.filter((s) => s.question).length;
}

export function StoryList() {
  const { store, bridge } = useServices();
  // The error shows beside the button as well as in the notices at the top, which may be scrolled out of view.
  const [fileError, setFileError] = useState<{ title: string; detail: string } | null>(null);
  const notify = (tone: 'error' | 'info', title: string, detail?: string) => store.update(addNotice({ tone, title, detail }));
  const refuse = (title: string, detail: string) => {
    setFileError({ title, detail });
    notify('error', title, detail);
  };

  const openFile = async () => {
    const result = await bridge.openDocument();
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') return refuse('The story file could not be opened', result.message);
    let story: Story;
    try {
      story = restoreStory(result.text);
    } catch (error) {
      return refuse(`${result.name} is not a valid story`, error instanceof Error ? error.message : String(error));
    }
    setFileError(null);
    openAndApply(store, 'file', story, story);
  };

  const saveCopy = async (id: string) => {
    const contents = `${JSON.stringify(builtInStories[id], null, 2)}\n`;
    try {
      const saved = await bridge.saveTextFile({ suggestedName: `${id}.story.json`, contents });
      if (saved.status === 'saved') notify('info', `Saved the ${id} story`, `In ${saved.location}. Edit it, then open it here with "Open story file…".`);
    } catch (error) {
      notify('error', 'The story could not be saved', error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="story-list-section" aria-labelledby="story-list-heading">
      <h3 id="story-list-heading">Guided stories</h3>
      <p className="field-hint">
        A scripted tour, step by step: each step sets the scenarios, the clock and the view, and says what to notice. Some steps ask the room to predict before
        the answer is revealed. Present full screen for a room.
      </p>
      <ul className="story-list" data-testid="story-list">
        {builtInStoryIds.map((id) => {
          const story = loadBuiltInStory(id);
          const questions = questionsIn(story);
          return (
            <li key={id} className="story-entry">
              <h4>{story.title}</h4>
              <p>{story.description}</p>
              <p className="field-hint">
                {story.steps.length} steps{questions > 0 ? `, ${questions} to predict` : ''}. {scenariosLine(story)}.
              </p>
              <button type="button" className="primary" data-testid={`story-open-${id}`} onClick={() => openAndApply(store, id, story)}>
                Play this story
              </button>{' '}
              <button type="button" onClick={() => void saveCopy(id)} aria-label={`Save a copy of the story ${story.title} to edit`}>
                Save a copy…
              </button>
            </li>
          );
        })}
      </ul>
      <p>
        <button type="button" data-testid="story-open-file" onClick={() => void openFile()}>
          Open story file…
        </button>{' '}
        <span className="field-hint">A story you or a colleague wrote (JSON, format "probation-sim/story"; see stories/README.md).</span>
      </p>
      {fileError && (
        <div className="notice notice-error story-file-error" role="alert" data-testid="story-file-error">
          <strong>{fileError.title}</strong>
          <pre className="notice-detail">{fileError.detail}</pre>
        </div>
      )}
    </section>
  );
}
