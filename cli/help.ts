// The help text of each command. A flag added to a command's table (runArgs.ts,
// experimentArgs.ts, commonFlags.ts) must be described here and in docs/cli.md; the general help
// is built from the table of commands (helpText.ts).
import { ATTRIBUTION_KPIS } from './experimentArgs';

export const runHelp = `Usage: sim run <scenario> [options]

<scenario> is a built-in name (see "sim list") or the path of a scenario .json file.

Options (in any order, before or after <scenario>):
  --seed N            master seed (default: the scenario's simulation.seed)
  --replications R    run replications 0..R-1 with the same master seed; KPIs get a 95% CI (-r)
  --scale F           shorthand for --set simulation.scale=F (fraction of the national population)
  --years Y           shorthand for --set simulation.years=Y (reported years, after warm-up)
  --set path=value    override any scenario field by its path, e.g. --set 'timeline.changes[1].set.ora=false';
                      path@YYYY-MM-DD=value sets a number of parameters from that date on
                      (tr without the Offender Rehabilitation Act); repeatable; --set, --scale and
                      --years are applied in the order given. A switch set in timeline.initial or in
                      one change holds only until a later change sets it: a warning says when
  --format FORMAT     table (default), json or csv; with --out, .json/.csv set it by default
  --out FILE          write the output to FILE atomically instead of stdout (-o)
  --ledger FILE       also write every money entry (payer, payee, mechanism, area, period, amount)
                      of every replication to FILE as CSV
  --money FILE        also write each replication's money report to FILE as JSON: per CRC and in
                      total the annual P&L and monthly cash flow, PbR by cohort and measure, and
                      the public cost by year
  --quiet             nothing on stderr except errors and warnings (-q)
  --debug             print stack traces of unexpected errors
  --help              this text (-h)

Examples:
  sim run tr --scale 0.01 --years 2
  sim run unified --replications 10 --seed 7 --format json --out unified.json
  sim run my-scenario.json --set parameters.supervision.capacityCasesPerFte=45 --format csv
  sim run tr --set 'timeline.changes[1].set.ora=false'   (no Offender Rehabilitation Act: tr,
                                                          as-happened and unified switch it on
                                                          in change 1, trusts never)
  sim run tr --set parameters.population.newEntrantsPerYear@2016-07-01=100000
                                                         (a number from a date on: joins its
                                                          dated values, timeline.values)
  sim run tr --replications 50 --ledger tr-ledger.csv    (money: each CRC's profit, P10/P50/P90,
                                                          probability of loss, break-even)
`;

export const listHelp = `Usage: sim list

Lists the built-in scenarios, with their descriptions.
`;

const experimentOptions = `  --replications R    replications 0..R-1 of every variant, same seeds for all (default 10, or the file's)
  --seed N            master seed (default: the file's, else the first scenario's)
  --workers W         worker threads (default: one per core; 0 runs in this thread)
  --kpis a,b          KPIs to report, by name or prefix (e.g. money.crc,reoffending.binary)
  --cache DIR         keep each replication's result in DIR and reuse it in later commands
  --format FORMAT     table (default), json or csv; with --out, .json/.csv set it by default
  --out FILE          write the output to FILE atomically instead of stdout (-o)
  --quiet             nothing on stderr except errors and warnings (-q)
  --debug             print stack traces of unexpected errors
  --help              this text (-h)
Options may come in any order, before or after the scenarios or the file.
Ctrl-C stops the workers and reports the replications every variant finished (exit code 130).`;

export const compareHelp = `Usage: sim compare <baseline> <alternative> [...] [options]

Runs every scenario with the same seeds and named random streams (common random numbers) and
reports each KPI per scenario (mean, 95% interval, P5..P95) and each alternative's paired
difference against the baseline, with its interval and the variance reduction the pairing gave.

Options:
${experimentOptions}
  --scale F, --years Y, --set path=value   overrides for every scenario, as for "sim run"
  --preset ID         a stress-test preset for every scenario (repeatable): volumes-15,
                      volumes-30, volumes-48, no-improvement, pbr-year-late, staff-costs-10,
                      variation-2017
  --independent-seeds each scenario its own seed (only to measure what pairing buys)

Examples:
  sim compare tr unified --replications 50
  sim compare tr tr --preset volumes-30 --kpis money.crc --replications 20
`;

export const attributeHelp = `Usage: sim attribute <a> <b> [options]

Explains why b differs from a. Sorts what differs between them into groups of mechanism (operating
model, pre-sentence reports, resettlement, the Offender Rehabilitation Act, staffing, contracts and
money terms, other parameters), runs a, b and a with each differing group taken from b, all on
common random numbers, and reports for each KPI the total b − a, each group's effect (a with the
group, minus a) and the interaction left over (what the groups do together beyond their sum), each
with its 95% interval. The effects and the interaction add up to the total. KPIs by default:
${ATTRIBUTION_KPIS.join(', ')}.

Options:
${experimentOptions}
  --scale F, --years Y, --set path=value   overrides for both scenarios, as for "sim run"
  --preset ID         a stress-test preset for both scenarios (repeatable)

Examples:
  sim attribute tr unified --replications 20 --scale 0.02
  sim attribute tr as-happened --kpis money.publicCostPerYear,prison.population
`;

export const experimentHelp = `Usage: sim experiment <file.json> [options]

Runs an experiment file (format "probation-sim/experiment"): scenarios with presets and
overrides, replications and seed, KPIs, and optionally a sweep, a tornado or a replication
advisor (keep adding replications until a KPI's interval is narrow enough). See docs/experiments.md.

Options:
${experimentOptions}
`;

export const sweepHelp = experimentHelp.replace('sim experiment <file.json>', 'sim sweep <file.json>').replace('Runs an experiment file', 'Runs the sweep of an experiment file (grid, list or Latin hypercube over scenario paths)');
export const tornadoHelp = experimentHelp.replace('sim experiment <file.json>', 'sim tornado <file.json>').replace('Runs an experiment file', 'Runs the tornado of an experiment file (each parameter at its low and high value, and each preset, ranked by the swing of one KPI)');
