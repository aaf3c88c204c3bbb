import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/corpus/check/index';
import { seedMismatches } from '../support/seeds';
import { root } from '../support/dist';
import { issues, corpus } from '../support/corpus';

/** The seeds live beside the project, as CI lays them out (`../shared/seeds`). */
const seeds = process.env.SEEDS_DIR ?? join(root, '..', 'shared', 'seeds');

describe('the real corpus', () => {
	it('passes every integrity check', () => {
		expect(formatIssues(issues)).toBe('');
	});

	it('holds the five seed texts, one source record each', () => {
		expect(corpus.sources.map((s) => s.data.seed).sort()).toEqual([
			'000_f496637ee562e9de.txt',
			'001_ebccdfdec7aa843d.txt',
			'002_3fb069d9ceb25d42.txt',
			'003_aaa0f4996a652047.txt',
			'004_a5a9ea1ecdb7ddd3.txt',
		]);
	});

	it.each(corpus.sources.map((s) => [s.slug, s] as const))('%s has 8–15 claims and an ASCII slug', (slug, source) => {
		expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(source.data.claims.length).toBeGreaterThanOrEqual(8);
		expect(source.data.claims.length).toBeLessThanOrEqual(15);
	});

	it('has seeds to compare against', () => {
		expect(existsSync(seeds), `seed texts expected at ${seeds} (set SEEDS_DIR)`).toBe(true);
	});

	it.each(corpus.sources.map((s) => [s.slug, s] as const))(
		'%s: the body is the seed verbatim, minus the listed furniture',
		(_slug, source) => {
			const seed = readFileSync(join(seeds, source.data.seed), 'utf8');
			expect(seedMismatches(seed, source.data.furniture, source.body)).toEqual([]);
		},
	);
});
