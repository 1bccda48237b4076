// The experiments/ and stories/ code the UI thread calls itself: planning variants (presets,
// tornado variants), statistics over results already back from the workers, and the built-in
// stories. These modules sit on model/ (presets and tornado apply overrides through it, stories
// validate dates with it), so the rest of the renderer reaches them through this door, as it
// reaches model/ through the rest of renderer/engine (eslint.config.js keeps it so). Nothing here
// runs the model.
import { restoreExperiment } from '../../experiments/experimentFile';
import type { TornadoParameter } from '../../experiments/tornado';
import bidderTornadoFile from '../../experiments/examples/bidder-tornado.json';

export { applyPreset, applyPresets, PRESETS } from '../../experiments/presets';
export { tornado, tornadoInputFromMeans, tornadoSpecFromParameters, tornadoVariants } from '../../experiments/tornado';
export { pairedDifference, summarizeSeries, summarizeValues } from '../../experiments/statistics';
export { comparisonsOf } from '../../experiments/report';
export { attributionOf, planAttribution, type KpiAttribution } from '../../experiments/attribution';
export type { MechanismGroupId } from '../../experiments/mechanismGroups';
export { ATTRIBUTION_KPIS } from '../../experiments/attributionKpis';
export { builtInStories, builtInStoryIds, loadBuiltInStory, restoreStory } from '../../stories';

/** The bidder tornado as the CLI's example runs it (experiments/examples/bidder-tornado.json): the KPI, the assumptions and the presets. */
export const BIDDER_TORNADO = (() => {
  const experiment = restoreExperiment(bidderTornadoFile);
  const tornado = experiment.tornado!;
  return {
    kpi: tornado.kpi,
    parameters: tornado.parameters as TornadoParameter[],
    presets: tornado.presets ?? [],
    replications: experiment.replications ?? 10,
  };
})();
