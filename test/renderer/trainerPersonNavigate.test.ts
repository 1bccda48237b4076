// Moving between people: previous/next wrap, "a random person" is deterministic and reaches everyone.
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, coprimeStride, pageCount, pageWords, randomPerson, stepPerson } from '../../renderer/lib/trainerPersonNavigate';

const serials = [10, 20, 30, 40, 50];

describe('previous and next', () => {
  it('move one along and wrap round', () => {
    expect(stepPerson(serials, 30, 1)).toBe(40);
    expect(stepPerson(serials, 30, -1)).toBe(20);
    expect(stepPerson(serials, 50, 1)).toBe(10);
    expect(stepPerson(serials, 10, -1)).toBe(50);
  });
  it('start at an end when nobody in the list is followed', () => {
    expect(stepPerson(serials, null, 1)).toBe(10);
    expect(stepPerson(serials, 99, -1)).toBe(50);
    expect(stepPerson([], 10, 1)).toBeNull();
  });
});

describe('a random person', () => {
  it('is the same every time from the same place', () => {
    expect(randomPerson(serials, 20)).toBe(randomPerson(serials, 20));
    expect(randomPerson(serials, null)).toBe(randomPerson(serials, null));
    expect(randomPerson([], null)).toBeNull();
    expect(randomPerson([7], 7)).toBe(7);
  });
  it('cycles through every matching person before repeating, never staying put', () => {
    for (const n of [2, 3, 10, 48, 100, 600, 601]) {
      const list = Array.from({ length: n }, (_, i) => 1000 + i);
      const seen = new Set<number>();
      let current: number | null = null;
      for (let k = 0; k < n; k++) {
        const next: number = randomPerson(list, current)!;
        expect(next).not.toBe(current);
        seen.add(next);
        current = next;
      }
      expect(seen.size).toBe(n);
    }
  });
  it('jumps well along the list rather than to the neighbour', () => {
    expect(coprimeStride(600)).toBe(371);
    expect(coprimeStride(10)).toBe(7);
    expect(coprimeStride(1)).toBe(1);
  });
});

describe('pages', () => {
  it('split long lists into pages of 100 and say which is shown', () => {
    expect(PAGE_SIZE).toBe(100);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(100)).toBe(1);
    expect(pageCount(101)).toBe(2);
    expect(pageWords(1, 480)).toBe('People 101–200 of 480');
    expect(pageWords(4, 480)).toBe('People 401–480 of 480');
    expect(pageWords(0, 0)).toBe('Nobody');
  });
});
