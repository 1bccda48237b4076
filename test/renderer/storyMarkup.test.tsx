// The step card as markup: step k of n on the card, the question before the answer, the answer and
// the step's text only after Reveal, and the controls a test or a presenter reaches by testid.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StoryCard, type StoryCardProps } from '../../renderer/views/trainer/stories/StoryCard';
import { loadBuiltInStory } from '../../stories';

const story = loadBuiltInStory('as-happened');
const questionAt = story.steps.findIndex((s) => s.question);
const noop = () => undefined;

function card(props: Partial<StoryCardProps>): string {
  return renderToStaticMarkup(
    <StoryCard story={story} index={0} revealed={false} presenting={false} runNote={null} followed={null} onBack={noop} onNext={noop} onReveal={noop} onPresent={noop} onClose={noop} {...props} />,
  );
}

describe('StoryCard', () => {
  it('says where the story is and names the step', () => {
    const html = card({ index: 0 });
    expect(html).toContain('data-testid="story-step" data-step="1"');
    expect(html).toContain(`Step 1 of ${story.steps.length}`);
    expect(html).toContain(story.steps[0].title);
    expect(html).toMatch(/data-testid="story-back" disabled=""/);
    expect(html).not.toMatch(/data-testid="story-next" disabled=""/);
    expect(card({ index: story.steps.length - 1 })).toMatch(/data-testid="story-next" disabled=""/);
  });

  it('asks first: the answer and the step’s text stay hidden until Reveal', () => {
    const step = story.steps[questionAt];
    const before = card({ index: questionAt });
    expect(before).toContain('data-testid="story-question"');
    expect(before).toContain('data-testid="story-reveal"');
    expect(before).not.toContain('data-testid="story-answer"');
    expect(before).not.toContain(step.text.slice(0, 40));
    const after = card({ index: questionAt, revealed: true });
    expect(after).toContain('data-testid="story-answer"');
    expect(after).toContain(step.question!.answer);
    expect(after).toContain(step.text.slice(0, 40));
    expect(after).not.toContain('data-testid="story-reveal"');
  });

  it('shows the presenter toggle’s state, and who the person step follows', () => {
    expect(card({ presenting: true })).toMatch(/aria-pressed="true"[^>]*data-testid="story-present"|data-testid="story-present"[^>]*aria-pressed="true"/);
    const personAt = story.steps.findIndex((s) => s.person);
    expect(card({ index: personAt, followed: 42 })).toContain('Following person 42');
    expect(card({ index: personAt, followed: null })).toContain('Nobody in this run matches');
    expect(card({ index: personAt, runNote: 'Starting the runs' })).toContain('once the runs are ready');
  });
});
