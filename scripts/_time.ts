import { runReplication } from '../experiments/replication';
import { restoreScenario, runSimulation } from '../model/index';
import { builtInScenarios } from '../scenarios/index';
import { computeMoney, summarizeMoney } from '../finance/index';
const scenario = restoreScenario(builtInScenarios.tr);
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  const result = runSimulation(scenario, { seed: 1, replication: r });
  const t1 = performance.now();
  const money = computeMoney(result, scenario);
  const t2 = performance.now();
  summarizeMoney(money);
  const t3 = performance.now();
  runReplication({ scenario, seed: 1, replication: r });
  const t4 = performance.now();
  console.log(`run ${(t1 - t0).toFixed(0)} money ${(t2 - t1).toFixed(0)} summary ${(t3 - t2).toFixed(0)} whole replication ${(t4 - t3).toFixed(0)}`);
}
