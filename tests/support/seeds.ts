import { paragraphsOf } from '../../src/lib/corpus/verbatim';

/**
 * Rebuilds a source body from its seed: page furniture removed (an entry matches a whole line or
 * the start of a line), every remaining non-empty line a paragraph. Returns the paragraphs whose
 * text differs from the body's, so a test can prove the body is the seed verbatim.
 */
export function seedMismatches(
	seed: string,
	furniture: readonly string[],
	body: string,
): { paragraph: number; expected: string; actual: string }[] {
	const expected = seed
		.split(/\r?\n/)
		.map((line) => {
			const entry = furniture.find((f) => line === f || line.startsWith(f));
			return entry === undefined ? line : line.slice(entry.length);
		})
		.map((line) => line.trim())
		.filter(Boolean);
	const actual = paragraphsOf(body);
	const mismatches = [];
	for (let i = 0; i < Math.max(expected.length, actual.length); i++)
		if (expected[i] !== actual[i])
			mismatches.push({ paragraph: i + 1, expected: expected[i] ?? '(nothing)', actual: actual[i] ?? '(nothing)' });
	return mismatches;
}
