import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../../src/components/timeline/layout';
import type { Dating } from '../../src/schemas/common';

const place = (dates: Dating[]) => timelineLayout(dates, (d) => d);

describe('timeline layout', () => {
	it('spans whole years, from 1 January of the first to the end of the last', () => {
		const layout = place([
			{ start: '2020-10-01', end: '2021-11-30', precision: 'range' },
			{ start: '2022-06-08', precision: 'day' },
		]);
		expect([layout.from, layout.to]).toEqual(['2020-01-01', '2023-01-01']);
		expect(layout.years.map((y) => y.year)).toEqual([2021, 2022]);
		// 2020 is a leap year: 366 of the axis's 1096 days precede 2021.
		expect(layout.years[0].at).toBeCloseTo(366 / 1096, 6);
	});

	it('draws a day as a point, a month, a year and a range as bars, and only a range as approximate', () => {
		const [day, month, year, range] = place([
			{ start: '2022-01-01', precision: 'day' },
			{ start: '2022-02-01', precision: 'month' },
			{ start: '2022-01-01', precision: 'year' },
			{ start: '2022-03-01', end: '2022-03-31', precision: 'range' },
		]).marks;
		expect([day, month, year, range].map((m) => [m.shape, m.approximate])).toEqual([
			['point', false],
			['bar', false],
			['bar', false],
			['bar', true],
		]);
		// One year on the axis: a day is 1/365 of it, February 28 days, the range its 31 days.
		expect(day.end - day.start).toBeCloseTo(1 / 365, 6);
		expect([month.start, month.end]).toEqual([31 / 365, 59 / 365]);
		expect([year.start, year.end]).toEqual([0, 1]);
		expect((range.end - range.start) * 365).toBeCloseTo(31, 6);
	});

	it('ends the axis with the year of a range’s last day, not of its first', () => {
		expect(place([{ start: '2021-12-01', end: '2022-01-15', precision: 'range' }]).to).toBe('2023-01-01');
		expect(place([{ start: '2021-12-01', precision: 'month' }]).to).toBe('2022-01-01');
	});
});
