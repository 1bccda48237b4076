// The V8 flags every runtime that runs the engine starts with (Node's CLI, its worker threads, the
// scripts, and Electron's renderers and their workers): where the engine spends its time depends
// on what V8 inlines, and V8 inlines into one optimised function only up to a budget of bytecode
// (920 bytes by default). A person's draw (pointing a cursor at their counter, then hashing:
// model/random/personDraws.ts) weighs about 500 bytes once inlined, so a process that draws two or
// three times used the budget up and left the small calls after it (uniform, schedule) as calls.
// A larger budget changes no result (inlining never changes what JavaScript computes), only time:
// measured alternately at national scale (four rounds), engine 0.6.0 took a median 526 ns per
// event on V8's defaults and 481 ns with this budget, against 432 ns for 0.5.0's engine on the
// defaults; at scale 0.3 the budget bought nothing measurable (README, Speed; `npm run bench --
// --section engine`, and `--v8-defaults` to measure without).
// The browser the app falls back to without Electron takes no flags: there it runs on the defaults.
export const ENGINE_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=3000'];
