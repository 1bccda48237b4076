// What an attribution reports when not told which KPIs (the CLI's --kpis): the headline KPIs, not
// every one for every group of mechanism. The CLI and the app both start from this list.
export const ATTRIBUTION_KPIS = ['reoffending.binary', 'reoffending.frequency', 'flows.recallsPerYear', 'prison.population', 'caseload.total', 'money.publicCostPerYear'];
