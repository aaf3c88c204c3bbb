import type { Dating } from '../../schemas/common';

/** How a date is drawn: a point for a day, a bar for the month, year or range it falls in. */
export type MarkShape = 'point' | 'bar';

/** A mark of the timeline, its position as fractions of the axis (0 = its first day, 1 = the day after its last). */
export interface TimelineMark<T> {
	item: T;
	shape: MarkShape;
	/** A `range` is approximate (only its bounds are known): drawn dashed and lighter. */
	approximate: boolean;
	start: number;
	end: number;
}

export interface TimelineLayout<T> {
	/** The axis runs over whole years, from 1 January of the first event's year. */
	from: string;
	/** The day after the axis ends: 1 January after the last event's year. */
	to: string;
	/** 1 January of each year on the axis after the first, with its position. */
	years: { year: number; at: number }[];
	marks: TimelineMark<T>[];
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const nextMonth = (iso: string) => {
	const [y, m] = iso.split('-').map(Number);
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The span of days a dating covers, as [first day, day after the last) in milliseconds. */
function span(date: Dating): [number, number] {
	switch (date.precision) {
		case 'day':
			return [time(date.start), time(date.start) + DAY];
		case 'month':
			return [time(date.start), time(nextMonth(date.start))];
		case 'year':
			return [time(date.start), time(`${Number(date.start.slice(0, 4)) + 1}-01-01`)];
		case 'range':
			return [time(date.start), time(date.end ?? date.start) + DAY];
	}
}

/**
 * Places dated items on an axis of whole years, for the timeline drawn at build time: each
 * item's mark at the days its date covers, in the given order.
 */
export function timelineLayout<T>(items: readonly T[], dateOf: (item: T) => Dating): TimelineLayout<T> {
	if (items.length === 0) throw new Error('timelineLayout: no items');
	const spans = items.map((item) => span(dateOf(item)));
	const first = new Date(Math.min(...spans.map(([s]) => s))).getUTCFullYear();
	const last = new Date(Math.max(...spans.map(([, e]) => e)) - 1).getUTCFullYear();
	const from = time(`${first}-01-01`);
	const to = time(`${last + 1}-01-01`);
	const at = (ms: number) => (ms - from) / (to - from);
	return {
		from: `${first}-01-01`,
		to: `${last + 1}-01-01`,
		years: Array.from({ length: last - first }, (_, i) => ({
			year: first + i + 1,
			at: at(time(`${first + i + 1}-01-01`)),
		})),
		marks: items.map((item, i) => ({
			item,
			shape: dateOf(item).precision === 'day' ? 'point' : 'bar',
			approximate: dateOf(item).precision === 'range',
			start: at(spans[i][0]),
			end: at(spans[i][1]),
		})),
	};
}
