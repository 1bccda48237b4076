// The plain-words diff: numbers with unit and relative change, switches, dates, list rows added
// and removed, timeline changes moved/added/removed, nested money terms; equal scenarios say nothing.
import { describe, expect, it } from 'vitest';
import { loadBuiltIn, parameterDoc, type Scenario } from '../../renderer/engine';
import { deepEqual, scenarioDiff } from '../../renderer/lib/scenarioDiff';
import { relativeChangeText, valueText } from '../../renderer/lib/parameterFormat';

const unitOf = (path: string) => parameterDoc(path)?.unit ?? '';
const tr = loadBuiltIn('tr');
const copy = (): Scenario => structuredClone(tr) as Scenario;
const diff = (edited: Scenario) => scenarioDiff(tr, edited, { baselineName: 'tr', unitOf }).map((line) => line.text);

describe('scenarioDiff', () => {
  it('says nothing when nothing differs', () => {
    expect(scenarioDiff(tr, copy(), { baselineName: 'tr', unitOf })).toEqual([]);
  });

  it('writes a number with its unit, the baseline and the relative change', () => {
    const edited = copy();
    edited.parameters.supervision.capacityCasesPerFte = tr.parameters.supervision.capacityCasesPerFte * 1.125;
    const lines = scenarioDiff(tr, edited, { baselineName: 'tr', unitOf });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ path: 'parameters.supervision.capacityCasesPerFte', kind: 'changed' });
    const base = tr.parameters.supervision.capacityCasesPerFte;
    expect(lines[0].text).toBe(
      `Supervision › capacity cases per FTE is ${base * 1.125} weighted cases per practitioner FTE (tr: ${base}, +12.5%)`,
    );
  });

  it('writes switches as on/off and money in pounds, nested terms named by their place', () => {
    const edited = copy();
    edited.timeline.initial.ora = true;
    edited.money.crc.contracts.london.estatePerYear = 2_000_000;
    const was = tr.money.crc.contracts.london.estatePerYear;
    const texts = diff(edited);
    expect(texts[0]).toBe('Timeline at the start › ORA is on (tr: off)');
    expect(texts[1]).toMatch(/^CRC contracts › London › estate per year is £2,000,000 per year \(tr: £[\d,]+, [+-][\d.]+%\)$/);
    expect(texts[1]).toContain(`£${was.toLocaleString('en-GB')}`);
  });

  it('says when a timeline change moves, is added or removed', () => {
    const edited = copy();
    const trIndex = edited.timeline.changes.findIndex((c) => c.set.operatingModel === 'tr');
    edited.timeline.changes[trIndex] = { ...edited.timeline.changes[trIndex], date: '2015-01-01' };
    edited.timeline.changes.push({ date: '2019-01-01', label: 'unify early', set: { operatingModel: 'unified', reachIn: true } });
    const ttg = edited.timeline.changes.findIndex((c) => c.set.throughTheGate === true);
    edited.timeline.changes.splice(ttg, 1);
    const texts = diff(edited);
    expect(texts).toContain('Timeline: “Transforming Rehabilitation: trusts dissolved into the NPS and 21 CRCs” takes effect on 2015-01-01 instead of 2014-06-01');
    expect(texts).toContain('Added: a change on 2019-01-01, “unify early”, that sets operating model to unified, reach in on');
    expect(texts).toContain('Removed: the change on 2015-05-01, “Through the Gate resettlement starts” (it set through the gate on)');
    expect(texts).toHaveLength(3);
  });

  it('names switches a change now sets, changes or no longer sets', () => {
    const edited = copy();
    const ora = edited.timeline.changes.findIndex((c) => c.set.ora === true);
    edited.timeline.changes[ora] = { ...edited.timeline.changes[ora], set: { ora: false, psrShare: 0.5 } };
    expect(diff(edited)).toEqual([
      'Timeline: “Offender Rehabilitation Act 2014 in force” sets ORA to off (tr: on)',
      'Timeline: “Offender Rehabilitation Act 2014 in force” now also sets PSR share to 0.5',
    ]);
    edited.timeline.changes[ora] = { ...edited.timeline.changes[ora], set: {} };
    expect(diff(edited)).toEqual(['Timeline: “Offender Rehabilitation Act 2014 in force” no longer sets ORA (tr: on)']);
  });

  it('matches list rows on equal rows first: one removal reads as one line', () => {
    const edited = copy();
    const steps = tr.parameters.offending.hazardByMonthsSinceStart;
    expect(steps.length).toBeGreaterThan(2);
    edited.parameters.offending.hazardByMonthsSinceStart = steps.filter((_, i) => i !== 1);
    const texts = diff(edited);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Removed: Offending › hazard by months since start, tr’s row 2 \(from month [\d.]+, multiplier [\d.]+\)$/);
    edited.parameters.offending.hazardByMonthsSinceStart = [...steps, { fromMonth: 99, multiplier: 0.5 }];
    expect(diff(edited)).toEqual([`Added: Offending › hazard by months since start, row ${steps.length + 1}: from month 99, multiplier 0.5`]);
  });

  it('adds and removes contract events, and reports a changed row field by field', () => {
    const edited = copy();
    edited.money.crc.events = [{ kind: 'termination', date: '2020-01-01', compensationPerCrc: 1000 }];
    expect(diff(edited)).toEqual(['Added: CRC contract terms › events, row 1: kind termination, date 2020-01-01, compensation per CRC £1,000']);
    const asHappened = loadBuiltIn('as-happened');
    const moved = structuredClone(asHappened) as Scenario;
    moved.money.crc.events[1] = { kind: 'termination', date: '2021-06-26', compensationPerCrc: 5 };
    const texts = scenarioDiff(asHappened, moved, { baselineName: 'as-happened', unitOf }).map((l) => l.text);
    expect(texts).toEqual(['CRC contract terms › events › row 2 › compensation per CRC is £5 per CRC (as-happened: £0)']);
  });

  it('keeps invalid values visible rather than failing', () => {
    const edited = copy() as unknown as { parameters: { supervision: Record<string, unknown> } };
    edited.parameters.supervision.capacityCasesPerFte = null;
    const texts = scenarioDiff(tr, edited, { baselineName: 'tr', unitOf }).map((l) => l.text);
    expect(texts[0]).toMatch(/^Supervision › capacity cases per FTE is empty \(null\) \(tr: \d+\)$/);
  });

  it('diffs real built-ins into sentences that each name a place', () => {
    const lines = scenarioDiff(loadBuiltIn('tr'), loadBuiltIn('as-happened'), { baselineName: 'tr', unitOf });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.text.length).toBeGreaterThan(10);
    expect(lines.map((l) => l.text)).toContain(
      'Added: a change on 2021-06-26, “Unified model: 12 NPS regions, pre-release reach-in”, that sets operating model to unified, through the gate off, reach in on',
    );
    const unified = scenarioDiff(loadBuiltIn('tr'), loadBuiltIn('unified'), { baselineName: 'tr', unitOf }).map((l) => l.text);
    // Both carry the yearly report history; unified adds its model and, apart from it, its report target.
    expect(unified).toContain(
      'Added: a change on 2012-01-01, “Unified model from the start of the reported years: 12 NPS regions, pre-release reach-in”, that sets operating model to unified, reach in on',
    );
    expect(unified).toContain(
      'Added: a change on 2012-01-01, “Pre-sentence report target: a report in 75% of sentences (10% standard, 40% short written, 50% oral)”, that sets PSR target on',
    );
    expect(unified).toContain('Removed: the change on 2014-06-01, “Transforming Rehabilitation: trusts dissolved into the NPS and 21 CRCs” (it set operating model to tr)');
  });
});

describe('value formatting', () => {
  it('writes relative changes and units as people read them', () => {
    expect(relativeChangeText(40, 45)).toBe('+12.5%');
    expect(relativeChangeText(40, 30)).toBe('-25%');
    expect(relativeChangeText(1, 3.5)).toBe('+250%');
    expect(relativeChangeText(0, 3)).toBeNull();
    expect(valueText(0.1 + 0.2, 'share')).toBe('0.3 share');
    expect(valueText(1500, '£ per intervention started')).toBe('£1,500 per intervention started');
    expect(valueText(false, 'on/off')).toBe('off');
  });

  it('compares values deeply, ignoring keys set to undefined', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
  });
});

describe('identifiers in words', () => {
  it('writes a seed as the number it is, without thousands separators', () => {
    expect(valueText(20140601, 'integer, 0 to 2^31-1')).toBe('20140601');
    expect(valueText(20140601, 'people per year')).toBe('20,140,601 people per year');
  });
});
