// Help texts. Kept next to the parser's flag list in spirit: a flag added to args.ts must be
// described here and in docs/cli.md.
export const generalHelp = `probation-sim: run the probation model headless.

Usage:
  sim run <scenario> [options]   run a scenario (built-in name or .json file) and print a summary
  sim list                       list the built-in scenarios
  sim help [run|list]            show help (also --help, -h)
  sim --version                  print the engine version

From the repository: npm run -s sim -- <command> ...  (-s keeps npm's own lines out of stdout)

Exit codes: 0 ok, 2 bad usage or input, 1 unexpected error.
See docs/cli.md for details.
`;

export const runHelp = `Usage: sim run <scenario> [options]

<scenario> is a built-in name (see "sim list") or the path of a scenario .json file.

Options:
  --seed N            master seed (default: the scenario's simulation.seed)
  --replications R    run replications 0..R-1 with the same master seed; KPIs get a 95% CI (-r)
  --scale F           shorthand for --set simulation.scale=F (fraction of the national population)
  --years Y           shorthand for --set simulation.years=Y (reported years, after warm-up)
  --set path=value    override any scenario field by its path, e.g. --set timeline.initial.ora=false;
                      repeatable; --set, --scale and --years are applied in the order given
  --format FORMAT     table (default), json or csv; with --out, .json/.csv set it by default
  --out FILE          write the output to FILE atomically instead of stdout (-o)
  --ledger FILE       also write every money entry (payer, payee, mechanism, area, period, amount)
                      of every replication to FILE as CSV
  --money FILE        also write each replication's money report to FILE as JSON: per CRC and in
                      total the annual P&L and monthly cash flow, PbR by cohort and measure, and
                      the public cost by year
  --quiet             nothing on stderr except errors (-q)
  --debug             print stack traces of unexpected errors
  --help              this text (-h)

Examples:
  sim run tr --scale 0.01 --years 2
  sim run unified --replications 10 --seed 7 --format json --out unified.json
  sim run my-scenario.json --set timeline.initial.ora=false --format csv
  sim run tr --replications 50 --ledger tr-ledger.csv    (money: each CRC's profit, P10/P50/P90,
                                                          probability of loss, break-even)
`;

export const listHelp = `Usage: sim list

Lists the built-in scenarios, with their descriptions.
`;
