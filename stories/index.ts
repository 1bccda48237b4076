// The guided stories: the file format, its one way in (restoreStory) and the built-in tours, one per
// built-in scenario. The built-ins are raw JSON passed through restoreStory like any file a trainer
// opens, so they get no special treatment (and a broken one fails its test, not a room).
import trusts from './builtIn/trusts.json';
import tr from './builtIn/tr.json';
import unified from './builtIn/unified.json';
import asHappened from './builtIn/as-happened.json';
import { restoreStory, StoryError } from './restoreStory';
import type { Story } from './storySchema';

export * from './storySchema';
export { restoreStory, StoryError, type StoryIssue } from './restoreStory';

/** Raw built-in stories by id (the id is the built-in scenario each one tours), in the order they are offered. */
export const builtInStories: Record<string, unknown> = {
  'as-happened': asHappened,
  tr,
  unified,
  trusts,
};

export const builtInStoryIds = Object.keys(builtInStories);

const loaded = new Map<string, Story>();

/** A built-in story, validated (once) and frozen. Throws a StoryError for an unknown id. */
export function loadBuiltInStory(id: string): Story {
  const cached = loaded.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(builtInStories, id)) {
    const known = builtInStoryIds.map((s) => `"${s}"`).join(', ');
    throw new StoryError([{ path: '', message: `there is no built-in story "${id}"; the built-in stories are ${known}` }]);
  }
  const story = deepFreeze(restoreStory(builtInStories[id]));
  loaded.set(id, story);
  return story;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
