// The step card: where the story is (step k of n), what to notice, and for a "predict, then reveal"
// step the question first, with the answer and the step's text held back until Reveal. The same
// card serves the desk and the projector (presenter mode only restyles it).
import type { Story } from '../../../../stories';
import { stepParts } from '../../../lib/storyPlayer';
import { describeStoryFilter } from '../../../lib/storyPerson';

export interface StoryCardProps {
  story: Story;
  index: number;
  revealed: boolean;
  presenting: boolean;
  /** What the runs are doing, when they are not ready (the step's view waits for them). */
  runNote: string | null;
  /** For a person step: the serial followed, or null when nobody in the run matches. */
  followed: number | null;
  onBack: () => void;
  onNext: () => void;
  onReveal: () => void;
  onPresent: (on: boolean) => void;
  onClose: () => void;
}

const LETTERS = 'ABCDEF';

export function StoryCard(props: StoryCardProps) {
  const { story, index, revealed, presenting } = props;
  const step = story.steps[index];
  const parts = stepParts(step, revealed);
  const last = index === story.steps.length - 1;
  return (
    <section className="story-card" data-testid="story-step" data-step={index + 1} aria-label={`Story step ${index + 1} of ${story.steps.length}`}>
      <p className="story-where">
        <span className="story-name">{story.title}</span>
        <span className="story-count" aria-live="polite">
          Step {index + 1} of {story.steps.length}
        </span>
      </p>
      <h3 className="story-step-title" data-testid="story-step-title">
        {step.title}
      </h3>
      {parts.question && (
        <div className="story-question" data-testid="story-question">
          <p className="story-prompt">
            <span className="story-predict">Predict:</span> {parts.question.prompt}
          </p>
          {parts.question.choices && (
            <ol className="story-choices" type="A">
              {parts.question.choices.map((choice, i) => {
                const right = parts.showAnswer && choice === parts.question!.answer;
                return (
                  <li key={choice} className={right ? 'story-choice-right' : undefined}>
                    <span className="story-letter" aria-hidden="true">
                      {LETTERS[i]}
                    </span>{' '}
                    {choice}
                    {right && <span className="visually-hidden"> (the answer)</span>}
                  </li>
                );
              })}
            </ol>
          )}
          {!parts.showAnswer ? (
            <button type="button" className="primary story-reveal" data-testid="story-reveal" onClick={props.onReveal}>
              Reveal the answer
            </button>
          ) : (
            <p className="story-answer" data-testid="story-answer" role="status">
              <strong>Answer:</strong> {parts.question.answer}
            </p>
          )}
        </div>
      )}
      {parts.showText && <p className="story-text">{step.text}</p>}
      {step.person && <PersonNote filter={describeStoryFilter(step.person)} followed={props.followed} waiting={props.runNote !== null} />}
      {props.runNote && (
        <p className="story-run-note" role="status">
          {props.runNote}
        </p>
      )}
      <div className="story-nav" role="group" aria-label="Story controls">
        <button type="button" data-testid="story-back" disabled={index === 0} onClick={props.onBack}>
          ← Back
        </button>
        <button type="button" className="primary" data-testid="story-next" disabled={last} onClick={props.onNext}>
          Next →
        </button>
        <button type="button" data-testid="story-present" aria-pressed={presenting} onClick={() => props.onPresent(!presenting)}>
          {presenting ? 'Stop presenting (Esc)' : 'Present full screen'}
        </button>
        {!presenting && (
          <button type="button" className="story-close" onClick={props.onClose}>
            All stories
          </button>
        )}
      </div>
      <p className="story-keys">← → or Page Up / Page Down to move; on a question, the first press forward reveals the answer.</p>
    </section>
  );
}

function PersonNote({ filter, followed, waiting }: { filter: string; followed: number | null; waiting: boolean }) {
  if (waiting) return <p className="story-person">Following someone {filter}, once the runs are ready.</p>;
  return (
    <p className="story-person" data-testid="story-person">
      {followed === null ? `Nobody in this run matches (${filter}): pick someone in the view below.` : `Following person ${followed}: ${filter}. The same person on both sides.`}
    </p>
  );
}
