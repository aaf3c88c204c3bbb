import type { Dictionary, Locale } from '../../i18n';
import { trajectorySchema } from '../../schemas/source';
import type { ThemePosition } from '../../lib/corpus/stance';

/**
 * What a cell of the stance grid shows: the trajectory the rule picks, `mixed` where the rule
 * finds a tie it does not break, `unstated` where the source addresses the theme but none of its
 * claims on it carries a trajectory, `empty` where it does not address the theme.
 */
export type CellState = NonNullable<ThemePosition['trajectory']> | 'mixed' | 'unstated' | 'empty';

/** Every state in the legend's order. */
export const cellStates: readonly CellState[] = [
	'distancing',
	'balancing',
	'integration',
	'mixed',
	'unstated',
	'empty',
];

export function cellState(position: ThemePosition): CellState {
	if (position.claims.length === 0) return 'empty';
	return position.trajectory ?? 'unstated';
}

/** The name of a state, as the legend and the cell's link say it. */
export function stateLabel(d: Dictionary, state: CellState): string {
	if (state === 'empty') return d.compare.notAddressed;
	if (state === 'mixed' || state === 'unstated') return d.matrix[state];
	return d.trajectory[state];
}

/** A state as the list under the grid names it; a tie also says how many claims carry each trajectory. */
export function positionLabel(d: Dictionary, locale: Locale, state: CellState, position: ThemePosition): string {
	if (state !== 'mixed') return stateLabel(d, state);
	const tally = trajectorySchema.options
		.filter((trajectory) => position.counts[trajectory])
		.map((trajectory) => `${d.trajectory[trajectory].toLocaleLowerCase(locale)}: ${position.counts[trajectory]}`);
	return `${stateLabel(d, state)} (${tally.join(', ')})`;
}
