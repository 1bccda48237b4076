// The editor's facts from the zod schema (kinds, ranges, row keys and kinds), the range wording
// and number parsing, and paths in words.
import { describe, expect, it } from 'vitest';
import { fieldSchemaInfo, loadBuiltIn } from '../../renderer/engine';
import { inRange, numberInputAttributes, parseNumberText, rangeText } from '../../renderer/lib/parameterRanges';
import { joinPath, keyLabel, leafLabel, pathKeys, pathLabel, slugLabel } from '../../renderer/lib/parameterLabels';

const asHappened = loadBuiltIn('as-happened');

describe('fieldSchemaInfo', () => {
  it('reads numeric bounds, inclusive or not, and whole numbers from the schema', () => {
    const capacity = fieldSchemaInfo('parameters.supervision.capacityCasesPerFte');
    expect(capacity).toMatchObject({ kind: 'number', integer: false, min: 0, minInclusive: false });
    expect(capacity).toMatchObject({ max: 1000, maxInclusive: true });
    expect(fieldSchemaInfo('simulation.scale')).toMatchObject({ kind: 'number', min: 0, minInclusive: false, max: 1, maxInclusive: true });
    expect(fieldSchemaInfo('simulation.years')).toMatchObject({ kind: 'number', integer: true, min: 1, max: 30 });
    expect(fieldSchemaInfo('parameters.offending.hazardByMonthsSinceStart[0].multiplier')).toMatchObject({ min: 0, max: 10 });
  });

  it('tells dates, text, switches, enums, lists and objects apart', () => {
    expect(fieldSchemaInfo('simulation.start').kind).toBe('date');
    expect(fieldSchemaInfo('timeline.changes[0].date').kind).toBe('date');
    expect(fieldSchemaInfo('name')).toMatchObject({ kind: 'text', maxLength: 120 });
    expect(fieldSchemaInfo('timeline.initial.ora').kind).toBe('boolean');
    expect(fieldSchemaInfo('timeline.initial.operatingModel')).toMatchObject({ kind: 'enum', options: ['trusts', 'tr', 'unified'] });
    expect(fieldSchemaInfo('money.crc.pbr.outcomes')).toMatchObject({ kind: 'enum', optional: true });
    expect(fieldSchemaInfo('timeline.changes')).toMatchObject({ kind: 'list', keys: ['date', 'label', 'set', 'history'] });
    expect(fieldSchemaInfo('timeline.changes[0].set').keys).toContain('psrMix');
    expect(fieldSchemaInfo('timeline.changes[0].set.ora')).toMatchObject({ kind: 'boolean', optional: true });
    expect(fieldSchemaInfo('format').kind).toBe('fixed');
    expect(fieldSchemaInfo('no.such.field').kind).toBe('unknown');
  });

  it('knows the kinds a row may take and which fields each kind has', () => {
    expect(fieldSchemaInfo('money.crc.events[0].kind', asHappened)).toMatchObject({ kind: 'enum', options: ['variation', 'termination'] });
    expect(fieldSchemaInfo('money.crc.events', asHappened).keys).toEqual(['kind', 'date', 'compensationPerCrc']);
    expect(fieldSchemaInfo('money.crc.events[1].compensationPerCrc', asHappened).kind).toBe('number'); // a termination
    expect(fieldSchemaInfo('money.crc.events[0].compensationPerCrc', asHappened).kind).toBe('unknown'); // a variation has none
    expect(fieldSchemaInfo('uncertainty[0].distribution', { ...asHappened, uncertainty: [{ path: 'x', distribution: 'normal', mean: 1, sd: 1 }] }).options).toEqual([
      'uniform',
      'triangular',
      'normal',
      'beta',
    ]);
  });
});

describe('parameter ranges', () => {
  it('words a range as people read it', () => {
    expect(rangeText(fieldSchemaInfo('parameters.supervision.preReleaseCaseWeight'))).toBe('0 to 1');
    expect(rangeText(fieldSchemaInfo('parameters.supervision.capacityCasesPerFte'))).toBe('more than 0, at most 1000');
    expect(rangeText(fieldSchemaInfo('simulation.scale'))).toBe('more than 0, at most 1');
    expect(rangeText(fieldSchemaInfo('simulation.seed'))).toBe('whole number, 0 to 2,147,483,647');
    expect(rangeText({ integer: false })).toBe('');
  });

  it('tests a value against the range as the schema does', () => {
    const scale = fieldSchemaInfo('simulation.scale');
    expect(inRange(0.5, scale)).toBe(true);
    expect(inRange(0, scale)).toBe(false);
    expect(inRange(1, scale)).toBe(true);
    expect(inRange(2.5, fieldSchemaInfo('simulation.years'))).toBe(false);
    expect(inRange(Number.NaN, scale)).toBe(false);
  });

  it('gives the number input only inclusive bounds, and steps whole numbers by 1', () => {
    expect(numberInputAttributes(fieldSchemaInfo('simulation.scale'))).toEqual({ min: undefined, max: 1, step: 'any' });
    expect(numberInputAttributes(fieldSchemaInfo('simulation.years'))).toEqual({ min: 1, max: 30, step: 1 });
  });

  it('reads numbers as typed, and refuses what is not one', () => {
    expect(parseNumberText(' 45 ')).toBe(45);
    expect(parseNumberText('-0.5')).toBe(-0.5);
    expect(parseNumberText('.05')).toBe(0.05);
    expect(parseNumberText('1e-3')).toBe(0.001);
    expect(parseNumberText('1,000,000')).toBe(1_000_000);
    for (const bad of ['', 'abc', '1e', '0x10', 'Infinity', '1.2.3']) expect(parseNumberText(bad), bad).toBeNull();
  });
});

describe('parameter labels', () => {
  it('turns keys and paths into words', () => {
    expect(keyLabel('capacityCasesPerFte')).toBe('capacity cases per FTE');
    expect(keyLabel('from12mTo4y')).toBe('from 12m to 4y');
    expect(keyLabel('psrMix')).toBe('PSR mix');
    expect(slugLabel('dorset-devon-and-cornwall')).toBe('Dorset Devon and Cornwall');
    expect(pathLabel('parameters.breach.licenceBreachRecallShare')).toBe('Breach and recall › licence breach recall share');
    expect(pathLabel('money.crc.contracts.london.staffFte.probationOfficer')).toBe('CRC contracts › London › staff FTE › probation officer');
    expect(pathLabel('timeline.changes[2].set.ora')).toBe('Timeline changes › row 3 › set › ORA');
    expect(leafLabel('parameters.offending.hazardByMonthsSinceStart[1]')).toBe('row 2');
  });

  it('splits and joins paths without the engine, both ways', () => {
    for (const path of ['timeline.changes[2].set.ora', 'money.crc.contracts.dorset-devon-and-cornwall.annualPrice', 'uncertainty[0].path']) {
      expect(joinPath(pathKeys(path))).toBe(path);
    }
    expect(pathKeys('a.b[3].c')).toEqual(['a', 'b', 3, 'c']);
  });
});
