// The story file: every built-in story is valid, and a malformed file gets errors that name the
// field by its dotted path and say what was expected and what was found (scenario errors' words).
import { describe, expect, it } from 'vitest';
import { builtInStories, builtInStoryIds, loadBuiltInStory, MAX_STORY_BYTES, restoreStory, StoryError } from '../../stories';

function valid(): Record<string, any> {
  return {
    format: 'probation-sim/story',
    version: 1,
    title: 'A test story',
    description: '',
    scenarios: { left: 'tr', right: 'unified' },
    steps: [{ title: 'Start', text: 'Look at the flow.', view: 'flow', date: '2014-06-01', play: true, speed: 30 }],
  };
}

function issuesOf(raw: unknown): { path: string; message: string }[] {
  try {
    restoreStory(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    return (error as StoryError).issues;
  }
  throw new Error('expected the story to be refused');
}

function withStep(step: Record<string, unknown>): Record<string, any> {
  const story = valid();
  story.steps = [{ ...story.steps[0], ...step }];
  return story;
}

describe('restoreStory', () => {
  it('accepts every built-in story, as JSON text and as a value', () => {
    expect([...builtInStoryIds].sort()).toEqual(['as-happened', 'tr', 'trusts', 'unified']);
    for (const id of builtInStoryIds) {
      expect(() => restoreStory(builtInStories[id]), id).not.toThrow();
      expect(restoreStory(JSON.stringify(builtInStories[id])), id).toEqual(restoreStory(builtInStories[id]));
    }
  });

  it('returns a fresh value that shares nothing with its input', () => {
    const input = valid();
    const story = restoreStory(input);
    expect(story).toEqual(input);
    story.steps[0].title = 'changed';
    expect(input.steps[0].title).toBe('Start');
  });

  it('refuses a date that is not a real date, or outside 2004–2030, naming the step', () => {
    expect(issuesOf(withStep({ date: '2015-02-30' }))).toEqual([
      { path: 'steps[0].date', message: 'expected a real calendar date, got "2015-02-30" (February 2015 has 28 days)' },
    ]);
    expect(issuesOf(withStep({ date: '2031-01-01' }))).toEqual([{ path: 'steps[0].date', message: 'expected a date from 2004-01-01 to 2030-12-31, got "2031-01-01"' }]);
    expect(issuesOf(withStep({ date: '1 June 2014' }))).toEqual([{ path: 'steps[0].date', message: 'expected a date written YYYY-MM-DD, got "1 June 2014"' }]);
  });

  it('refuses an unknown built-in scenario and suggests the one meant', () => {
    const story = valid();
    story.scenarios = { left: 'as-hapened', right: 'unifed' };
    expect(issuesOf(story)).toEqual([
      { path: 'scenarios.left', message: 'unknown built-in scenario "as-hapened" (did you mean "as-happened"?)' },
      { path: 'scenarios.right', message: 'unknown built-in scenario "unifed" (did you mean "unified"?)' },
    ]);
    story.scenarios = { left: 'probation2030', right: null };
    expect(issuesOf(story)[0].message).toMatch(/unknown built-in scenario "probation2030" \(expected one of "as-happened", "tr", "trusts", "unified"\)/);
  });

  it('needs at least one step', () => {
    expect(issuesOf({ ...valid(), steps: [] })).toEqual([{ path: 'steps', message: 'expected at least 1 entry, got 0' }]);
    const { steps: _steps, ...missing } = valid();
    expect(issuesOf(missing)).toEqual([{ path: 'steps', message: expect.stringMatching(/^this field is missing/) }]);
  });

  it('names an unknown key by its path, with a suggestion', () => {
    expect(issuesOf(withStep({ tilte: 'x' }))).toContainEqual({ path: 'steps[0].tilte', message: "unknown key 'tilte' (did you mean 'title'?)" });
    expect(issuesOf(withStep({ person: { risk: 'high' } }))).toEqual([{ path: 'steps[0].person.risk', message: "unknown key 'risk' (did you mean 'rosh'?)" }]);
    expect(issuesOf(withStep({ person: { region: 'Wales' } }))).toEqual([
      { path: 'steps[0].person.region', message: "unknown key 'region'; expected one of: sentence, rosh, provider, event" },
    ]);
    expect(issuesOf({ ...valid(), author: 'me' })[0].path).toBe('author');
  });

  it('refuses a wrong format or version, and a newer version with a reason', () => {
    expect(issuesOf({ ...valid(), format: 'probation-sim/scenario' })).toEqual([
      { path: 'format', message: 'this is not a probation-sim story file: expected "probation-sim/story", got "probation-sim/scenario"' },
    ]);
    expect(issuesOf({ ...valid(), version: 2 })).toEqual([
      { path: 'version', message: 'this story was made by a newer version of the app (story version 2; this app reads up to 1); update to open it' },
    ]);
    expect(issuesOf({ ...valid(), version: '1' })).toEqual([{ path: 'version', message: 'expected 1, got "1"' }]);
    expect(issuesOf({ ...valid(), version: 0 })).toEqual([{ path: 'version', message: 'expected 1, got 0' }]);
  });

  it('checks the fields of a step and of a question', () => {
    expect(issuesOf(withStep({ view: 'map' }))).toEqual([{ path: 'steps[0].view', message: 'expected one of "flow", "person", got "map"' }]);
    expect(issuesOf(withStep({ speed: 0 }))).toEqual([{ path: 'steps[0].speed', message: 'expected a number between 1 and 3650, got 0' }]);
    expect(issuesOf(withStep({ person: { rosh: 'severe' } }))[0]).toMatchObject({ path: 'steps[0].person.rosh' });
    expect(issuesOf(withStep({ question: { prompt: 'Up or down?', choices: ['Up', 'Down'], answer: 'Sideways' } }))).toEqual([
      { path: 'steps[0].question.answer', message: 'expected one of the choices ("Up", "Down"), got "Sideways"' },
    ]);
    expect(issuesOf(withStep({ question: { prompt: 'Up or down?' } }))).toEqual([{ path: 'steps[0].question.answer', message: expect.stringMatching(/missing/) }]);
  });

  it('lists every failing field in its message, one per line', () => {
    const story = withStep({ date: '2014-13-01', view: 'map' });
    story.scenarios.left = 'tr2';
    let message = '';
    try {
      restoreStory(story);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual(['steps[0].view: expected one of "flow", "person", got "map"']);
    // Schema errors come first; the checks across fields run once the types hold.
    const later = withStep({ date: '2014-13-01' });
    later.scenarios.left = 'tr2';
    expect(() => restoreStory(later)).toThrow(/scenarios\.left: unknown built-in scenario "tr2".*\nsteps\[0\]\.date: expected a real calendar date, got "2014-13-01" \(there is no month 13\)/s);
  });

  it('caps sizes, and refuses what is not a story at all', () => {
    expect(issuesOf('x'.repeat(MAX_STORY_BYTES + 1))[0].message).toMatch(/a story file is at most/);
    expect(issuesOf(withStep({ text: 'x'.repeat(2001) }))).toEqual([{ path: 'steps[0].text', message: 'expected text of at most 2000 characters, got 2001 characters' }]);
    const many = valid();
    many.steps = Array.from({ length: 41 }, () => valid().steps[0]);
    expect(issuesOf(many)).toEqual([{ path: 'steps', message: 'expected at most 40 entries, got 41' }]);
    expect(issuesOf('{ not json')[0].message).toMatch(/^this is not JSON/);
    expect(issuesOf([1, 2])).toEqual([{ path: '', message: 'this is not a probation-sim story file: expected a JSON object, got a list of 2 entries' }]);
  });

  it('loads built-ins by id, frozen, and names the ids when one is unknown', () => {
    const story = loadBuiltInStory('as-happened');
    expect(Object.isFrozen(story.steps[0])).toBe(true);
    expect(loadBuiltInStory('as-happened')).toBe(story);
    expect(() => loadBuiltInStory('nope')).toThrow(/there is no built-in story "nope"; the built-in stories are "as-happened", "tr", "unified", "trusts"/);
  });
});
