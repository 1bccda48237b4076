// Cross-field rules for the money terms (moneySchema.ts): what the schema cannot say field by field.
// The contract runs from a real contractStart to a later real contractEnd; every contract event is
// dated on a real day inside that period, with at most one variation and one termination and the
// variation first; each CRC's volume bands (its forecast band and the other bands priced per unit)
// run from fewer units to more and do not overlap (they may touch); a baseline with reoffenders has
// at least one reoffence per reoffender. Like crossFieldRules.ts (which calls moneyIssues), the
// rules run on a schema-valid scenario, and each issue names the field and says what was expected
// and what was found.
import type { CrcContract, MoneyTerms } from './moneySchema';
import type { ScenarioIssue } from './scenarioError';
import { notADate, roundForDisplay } from './issueMessages';
import { parseIsoDate } from '../calendar/dates';

const CRC = 'money.crc';

export function moneyIssues(money: MoneyTerms): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  checkContractPeriodAndEvents(issues, money.crc);
  for (const [slug, contract] of Object.entries(money.crc.contracts)) checkContract(issues, `${CRC}.contracts.${slug}`, contract);
  return issues;
}

// ---- contract period and events ----------------------------------------------------------------

function checkContractPeriodAndEvents(issues: ScenarioIssue[], crc: MoneyTerms['crc']): void {
  const start = parseIsoDate(crc.contractStart);
  const end = parseIsoDate(crc.contractEnd);
  if (Number.isNaN(start)) issues.push({ path: `${CRC}.contractStart`, message: notADate(crc.contractStart) });
  if (Number.isNaN(end)) issues.push({ path: `${CRC}.contractEnd`, message: notADate(crc.contractEnd) });
  const periodKnown = !Number.isNaN(start) && !Number.isNaN(end);
  if (periodKnown && end <= start) {
    issues.push({
      path: `${CRC}.contractEnd`,
      message: `expected a date after contractStart (${crc.contractStart}), got ${crc.contractEnd}: the contract would end before it starts`,
    });
  }

  const firstOfKind = new Map<string, { index: number; day: number; date: string }>();
  crc.events.forEach((event, i) => {
    const path = `${CRC}.events[${i}]`;
    const day = parseIsoDate(event.date);
    if (Number.isNaN(day)) issues.push({ path: `${path}.date`, message: notADate(event.date) });
    else if (periodKnown && end > start && (day < start || day > end)) {
      issues.push({
        path: `${path}.date`,
        message: `expected a date inside the contract, from contractStart ${crc.contractStart} to contractEnd ${crc.contractEnd}, got ${event.date}`,
      });
    }
    const first = firstOfKind.get(event.kind);
    if (first !== undefined) {
      issues.push({
        path,
        message: `expected at most one ${event.kind}, got a second one (the first is ${CRC}.events[${first.index}], dated ${first.date})`,
      });
    } else {
      firstOfKind.set(event.kind, { index: i, day, date: event.date });
    }
  });

  const variation = firstOfKind.get('variation');
  const termination = firstOfKind.get('termination');
  if (variation !== undefined && termination !== undefined && !Number.isNaN(variation.day) && !Number.isNaN(termination.day)) {
    if (variation.day >= termination.day) {
      issues.push({
        path: `${CRC}.events[${variation.index}].date`,
        message: `expected the variation before the termination (${CRC}.events[${termination.index}], dated ${termination.date}), got ${variation.date}: a terminated contract cannot be varied`,
      });
    }
  }
}

// ---- one CRC's contract ------------------------------------------------------------------------

interface Band {
  name: string;
  path: string;
  fromUnits: number;
  toUnits: number;
}

function checkContract(issues: ScenarioIssue[], path: string, contract: CrcContract): void {
  const bands: Band[] = [
    { name: 'the forecast band', path: `${path}.forecastBand`, ...contract.forecastBand },
    ...contract.otherBands.map((band, i) => ({ name: `otherBands[${i}]`, path: `${path}.otherBands[${i}]`, fromUnits: band.fromUnits, toUnits: band.toUnits })),
  ];
  const wellFormed: Band[] = [];
  for (const band of bands) {
    if (band.fromUnits < band.toUnits) wellFormed.push(band);
    else {
      issues.push({
        path: band.path,
        message: `expected fromUnits < toUnits (a band runs from fewer weighted units to more), got fromUnits ${roundForDisplay(band.fromUnits)} and toUnits ${roundForDisplay(band.toUnits)}`,
      });
    }
  }
  // Bands may touch (one's toUnits the next one's fromUnits) but not overlap: a year's volume must
  // fall in one band only. Each overlap is reported once, on the later of the two bands.
  for (let j = 1; j < wellFormed.length; j += 1) {
    for (let i = 0; i < j; i += 1) {
      const [a, b] = [wellFormed[j], wellFormed[i]];
      if (a.fromUnits < b.toUnits && b.fromUnits < a.toUnits) {
        issues.push({
          path: a.path,
          message: `${a.name} (${unitsOf(a)}) overlaps ${b.name} (${unitsOf(b)}): expected bands that do not overlap (they may touch)`,
        });
      }
    }
  }

  const { binaryRate, frequency } = contract.baseline;
  if (binaryRate > 0 && frequency < 1) {
    issues.push({
      path: `${path}.baseline.frequency`,
      message: `expected at least 1 reoffence per reoffender when baseline.binaryRate is above 0 (${roundForDisplay(binaryRate)}): a reoffender has at least one reoffence; got ${roundForDisplay(frequency)}`,
    });
  }
}

function unitsOf(band: Band): string {
  return `${roundForDisplay(band.fromUnits)} to ${roundForDisplay(band.toUnits)} units`;
}
