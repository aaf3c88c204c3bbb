import { describe, expect, it } from 'vitest';
import { currentAddresses, readManifest } from '../support/addresses';
import { resolves } from '../support/dist';

describe('permanent addresses', () => {
	const manifest = readManifest();

	it('every published address still resolves (page, anchor, or redirect)', () => {
		expect(manifest.length).toBeGreaterThan(0);
		expect(manifest.filter((address) => !resolves(address))).toEqual([]);
	});

	it('every address the site serves is recorded in the manifest (run `npm run addresses`)', () => {
		const known = new Set(manifest);
		expect(currentAddresses().filter((address) => !known.has(address))).toEqual([]);
	});
});
