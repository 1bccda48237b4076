// The tornado: ranking bars by swing (ties by id, one-sided bars, no effect last, undefined
// swings after that) and planning the variants a tornado runs.
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../model/index';
import { applyPreset, PresetError } from '../../experiments/presets';
import { tornado, tornadoInputFromMeans, tornadoSpecFromParameters, tornadoVariants, TornadoError, type TornadoInput } from '../../experiments/tornado';
import { builtIn } from '../helpers/scenarios';

const side = (setting: string, value: number) => ({ setting, value });

describe('tornado ranking', () => {
  it('sorts by swing, largest first, with deltas against the base', () => {
    const input: TornadoInput = {
      kpi: 'money.crc.profitPerYear',
      base: 100,
      swings: [
        { id: 'small', label: 'Small', low: side('1', 95), high: side('2', 104) }, // swing 9
        { id: 'big', label: 'Big', low: side('1', 60), high: side('2', 150) }, // swing 90
        { id: 'mid', label: 'Mid', low: side('1', 120), high: side('2', 80) }, // swing 40, reversed
      ],
    };
    const result = tornado(input);
    expect(result.kpi).toBe('money.crc.profitPerYear');
    expect(result.base).toBe(100);
    expect(result.bars.map((b) => [b.id, b.rank, b.swing, b.lowDelta, b.highDelta])).toEqual([
      ['big', 1, 90, -40, 50],
      ['mid', 2, 40, 20, -20],
      ['small', 3, 9, -5, 4],
    ]);
    expect(result.bars[0]).toMatchObject({ label: 'Big', oneSided: false, low: { setting: '1', value: 60 }, high: { setting: '2', value: 150 } });
    expect(input.swings[0].id).toBe('small'); // input untouched
  });

  it('breaks ties by id', () => {
    const bars = tornado({
      kpi: 'k',
      base: 0,
      swings: [
        { id: 'c', label: 'C', low: side('l', -5), high: side('h', 5) },
        { id: 'a', label: 'A', low: side('l', 0), high: side('h', 10) },
        { id: 'b', label: 'B', high: side('h', -10) },
      ],
    }).bars;
    expect(bars.map((b) => [b.id, b.rank, b.swing])).toEqual([
      ['a', 1, 10],
      ['b', 2, 10],
      ['c', 3, 10],
    ]);
  });

  it('gives a one-sided bar (a preset) the swing |value − base|', () => {
    const bars = tornado({
      kpi: 'k',
      base: 50,
      swings: [
        { id: 'volumes-30', label: 'Volumes 30% below', high: side('volumes-30', -70) }, // 120
        { id: 'p', label: 'P', low: side('0.1', 40), high: side('0.9', 70) }, // 30
        { id: 'only-low', label: 'Only low', low: side('0', 10) }, // 40
      ],
    }).bars;
    expect(bars.map((b) => [b.id, b.swing, b.oneSided])).toEqual([
      ['volumes-30', 120, true],
      ['only-low', 40, true],
      ['p', 30, false],
    ]);
    expect(bars[0].highDelta).toBe(-120);
    expect(bars[0]).not.toHaveProperty('lowDelta');
    expect(bars[0]).not.toHaveProperty('low');
    expect(bars[1].lowDelta).toBe(-40);
    expect(bars[1]).not.toHaveProperty('highDelta');
  });

  it('ranks a parameter with no effect last, and an undefined swing after it', () => {
    const bars = tornado({
      kpi: 'k',
      base: 7,
      swings: [
        { id: 'aaa-none', label: 'No effect', low: side('1', 7), high: side('2', 7) },
        { id: 'undefined', label: 'Undefined', low: side('1', NaN), high: side('2', 8) },
        { id: 'zzz-some', label: 'Some', low: side('1', 6.999), high: side('2', 7) },
        { id: 'preset-none', label: 'Preset, no effect', high: side('x', 7) },
      ],
    }).bars;
    expect(bars.map((b) => [b.id, b.rank])).toEqual([
      ['zzz-some', 1],
      ['aaa-none', 2],
      ['preset-none', 3],
      ['undefined', 4],
    ]);
    expect(bars[1].swing).toBe(0);
    expect(bars[1].lowDelta).toBe(0);
    expect(bars[1].highDelta).toBe(0);
    expect(Number.isNaN(bars[3].swing)).toBe(true);
  });

  it('refuses a repeated id or a swing with no side', () => {
    expect(() => tornado({ kpi: 'k', base: 0, swings: [{ id: 'a', label: 'A', high: side('h', 1) }, { id: 'a', label: 'A', high: side('h', 2) }] })).toThrow(TornadoError);
    expect(() => tornado({ kpi: 'k', base: 0, swings: [{ id: 'a', label: 'A' }] })).toThrow(/neither a low nor a high side/);
  });

  it('with no swings, has no bars', () => {
    expect(tornado({ kpi: 'k', base: 3, swings: [] }).bars).toEqual([]);
  });
});

describe('tornado planning', () => {
  const parameters = [
    { path: 'parameters.supervision.capacityCasesPerFte', low: 40, high: 60, label: 'Cases per FTE' },
    { path: 'money.crc.pbr.deductForDeterioration', low: false, high: true },
  ];

  it('plans the base, each parameter low then high, then each preset, with stable ids', () => {
    const specs = tornadoSpecFromParameters(parameters, ['volumes-30', 'no-improvement']);
    expect(specs.map((s) => [s.id, s.kind, s.label])).toEqual([
      ['base', 'base', 'base'],
      ['parameters.supervision.capacityCasesPerFte@low', 'parameter', 'Cases per FTE = 40'],
      ['parameters.supervision.capacityCasesPerFte@high', 'parameter', 'Cases per FTE = 60'],
      ['money.crc.pbr.deductForDeterioration@low', 'parameter', 'money.crc.pbr.deductForDeterioration = false'],
      ['money.crc.pbr.deductForDeterioration@high', 'parameter', 'money.crc.pbr.deductForDeterioration = true'],
      ['volumes-30', 'preset', 'Volumes 30% below the forecast'],
      ['no-improvement', 'preset', 'No reoffending improvement'],
    ]);
    expect(specs[1]).toMatchObject({ swingId: 'parameters.supervision.capacityCasesPerFte', swingLabel: 'Cases per FTE', side: 'low', path: 'parameters.supervision.capacityCasesPerFte', value: 40 });
    expect(specs[5]).toMatchObject({ swingId: 'volumes-30', preset: 'volumes-30' });
    expect(tornadoSpecFromParameters(parameters, ['volumes-30', 'no-improvement'])).toEqual(specs); // deterministic
    expect(tornadoSpecFromParameters([], [])).toEqual([{ id: 'base', label: 'base', kind: 'base' }]);
  });

  it('refuses repeats, empty paths and unknown presets', () => {
    expect(() => tornadoSpecFromParameters([parameters[0], parameters[0]], [])).toThrow(/listed twice/);
    expect(() => tornadoSpecFromParameters([{ path: ' ', low: 1, high: 2 }], [])).toThrow(TornadoError);
    expect(() => tornadoSpecFromParameters([], ['volumes-30', 'volumes-30'])).toThrow(/preset 'volumes-30' is listed twice/);
    expect(() => tornadoSpecFromParameters([], ['volumes-31'])).toThrow(PresetError);
  });

  it('builds each variant from the base: one override, or one preset', () => {
    const base = builtIn('tr');
    const before = JSON.stringify(base);
    const specs = tornadoSpecFromParameters(parameters, ['volumes-30']);
    const variants = tornadoVariants(base, specs);
    expect(variants.map((v) => v.id)).toEqual(specs.map((s) => s.id));
    expect(variants[0].scenario).toEqual(base);
    expect(variants[0].scenario).not.toBe(base);
    expect(variants[1].scenario).toEqual(applyOverride(base, 'parameters.supervision.capacityCasesPerFte', '40'));
    expect(variants[2].scenario.parameters.supervision.capacityCasesPerFte).toBe(60);
    expect(variants[3].scenario.money.crc.pbr.deductForDeterioration).toBe(false);
    expect(variants[5].scenario).toEqual(applyPreset(base, 'volumes-30'));
    expect(JSON.stringify(base)).toBe(before);
  });

  it('turns the variants means into bars', () => {
    const specs = tornadoSpecFromParameters(parameters, ['volumes-30']);
    const means = {
      base: 10,
      'parameters.supervision.capacityCasesPerFte@low': 8,
      'parameters.supervision.capacityCasesPerFte@high': 13,
      'money.crc.pbr.deductForDeterioration@low': 10,
      'money.crc.pbr.deductForDeterioration@high': 10,
      'volumes-30': -20,
    };
    const input = tornadoInputFromMeans('money.crc.npv', specs, means);
    expect(input).toEqual({
      kpi: 'money.crc.npv',
      base: 10,
      swings: [
        { id: 'parameters.supervision.capacityCasesPerFte', label: 'Cases per FTE', low: side('40', 8), high: side('60', 13) },
        { id: 'money.crc.pbr.deductForDeterioration', label: 'money.crc.pbr.deductForDeterioration', low: side('false', 10), high: side('true', 10) },
        { id: 'volumes-30', label: 'Volumes 30% below the forecast', high: side('volumes-30', -20) },
      ],
    });
    expect(tornado(input).bars.map((b) => [b.id, b.swing, b.rank])).toEqual([
      ['volumes-30', 30, 1],
      ['parameters.supervision.capacityCasesPerFte', 5, 2],
      ['money.crc.pbr.deductForDeterioration', 0, 3],
    ]);
    const { 'volumes-30': _dropped, ...missing } = means;
    expect(() => tornadoInputFromMeans('money.crc.npv', specs, missing)).toThrow(/no mean of money\.crc\.npv for variant 'volumes-30'/);
  });
});
