import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/lib/corpus/files';
import { checkCorpus } from '../../src/lib/corpus/check/index';
import { fixtureRoot, reportFor } from '../support/fixtures';

const SRC = 'content/sources/mini.mdx';

describe('integrity: the valid fixture corpus', () => {
	it('passes with no issues', () => {
		expect(reportFor()).toBe('');
	});
	it('parses every collection', () => {
		const { corpus } = checkCorpus(readCorpusFiles(fixtureRoot()));
		expect(corpus.sources.map((s) => s.data.claims.length)).toEqual([2]);
		expect(corpus.themes).toHaveLength(1);
		expect(corpus.events).toHaveLength(1);
		expect(corpus.entities).toHaveLength(1);
		expect(corpus.essays).toHaveLength(2);
		expect(corpus.pages).toHaveLength(2);
	});
});

// Each failure mode: the fixture case that provokes it and the exact line the build prints.
const cases: [string, string][] = [
	[
		'schema-bad-kind',
		`${SRC} › claims[1] (mini-second).kind: must be one of \`fact\`, \`assessment\`, \`prediction\`, \`reported\``,
	],
	['schema-url-scheme', `${SRC} › outlet.url: must be an https: (or http:) address`],
	['schema-missing-translation', `${SRC} › claims[1] (mini-second).translation: is required but missing`],
	[
		'schema-reported-without-attribution',
		`${SRC} › claims[1] (mini-second).attributedTo: is required when kind is \`reported\``,
	],
	[
		'yaml-syntax',
		`${SRC} › line 8: frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
	],
	[
		'quote-not-in-body',
		`${SRC} › claims[1] (mini-second).quote: is not in the body (compared verbatim, whitespace collapsed)`,
	],
	[
		'quote-case-folded',
		`${SRC} › claims[1] (mini-second).quote: is not in the body verbatim: it matches only if case or ё/е are ignored, and quotes must be exact`,
	],
	[
		'quote-yo-folded',
		`${SRC} › claims[1] (mini-second).quote: is not in the body verbatim: it matches only if case or ё/е are ignored, and quotes must be exact`,
	],
	[
		'quote-spans-paragraphs',
		`${SRC} › claims[1] (mini-second).quote: spans more than one paragraph; a quote must lie within one paragraph`,
	],
	[
		'quote-ambiguous',
		`${SRC} › claims[1] (mini-second).quote: occurs 2 times in the body (paragraphs 1, 2); lengthen it until it is unique`,
	],
	[
		'duplicate-claim-id',
		`content/sources/other.mdx › claims[0] (mini-first).id: "mini-first" is already used in ${SRC}; claim ids, former ones included, must be unique across the corpus`,
	],
	[
		'former-id-reused',
		`${SRC} › claims[1] (mini-second).formerIds[0]: "mini-first" is already used in ${SRC}; claim ids, former ones included, must be unique across the corpus`,
	],
	[
		'unknown-theme',
		`${SRC} › claims[1] (mini-second).themes: refers to theme "beta", which does not exist in content/themes/`,
	],
	['unknown-rationale-claim', `${SRC} › stance.rationale.ru: cites [mini-third], which is not a claim id`],
	['empty-body', `${SRC} › body: is empty: the body must hold the source text`],
	[
		'event-unknown-claim',
		`content/events/mini-event.json › claims[0]: refers to claim "mini-missing", which does not exist`,
	],
	['event-bad-date', `content/events/mini-event.json › date.start: is not a real calendar date`],
	[
		'entity-unknown-claim',
		`content/entities/mini-russia.json › claims[0]: refers to claim "mini-ghost", which does not exist`,
	],
	[
		'essay-unknown-claim',
		`content/essays/ru/alpha.mdx › line 11: <Cite id="mini-nowhere"/> cites a claim that does not exist`,
	],
	['essay-uncited-paragraph', `content/essays/ru/alpha.mdx › line 11: paragraph cites no claim`],
	['essay-wrong-locale-folder', `content/essays/ru/alpha.mdx › locale: "en" must match the folder "ru"`],
	[
		'essay-without-counterpart',
		`content/essays/ru/beta.mdx › locale: this essay has no en counterpart (content/essays/en/beta.mdx)`,
	],
	[
		'source-named-page',
		'content/sources/page.mdx › (file name): "page" cannot name a source: /sources/page/ holds the sources index’s pages',
	],
	['theme-id-mismatch', `content/themes/alpha.json › id: "gamma" must match the file name "alpha"`],
	// Against the published record (content/published/record.json, dated 2026-11-21; today 2026-12-01).
	[
		'published-field-changed',
		`${SRC} › claims[1] (mini-second).translation: changed since it was published (content/published/record.json) and no revision says so: add to this claim's \`revisions\` an entry { date: "2026-12-01", fields: [translation], note: { ru: "…", en: "…" } } saying what was wrong, then run \`npm run record\``,
	],
	[
		'essay-text-changed',
		`content/essays/en/alpha.mdx › text: changed since it was published (content/published/record.json) and no revision says so: add to this essay's \`revisions\``,
	],
	[
		'revision-date-future',
		`${SRC} › claims[1] (mini-second).revisions[0].date: "2999-01-01" is in the future (today is 2026-12-01); date a revision the day it is published`,
	],
	[
		'revision-date-before-published',
		`${SRC} › claims[1] (mini-second).revisions[0].date: "2026-11-01" is before this claim was published (2026-11-21, content/published/record.json); a revision corrects what was published, so it cannot precede it`,
	],
	[
		'revision-field-unchanged',
		`${SRC} › claims[1] (mini-second).revisions[0].fields[1]: "kind" has not changed since it was published (content/published/record.json); name only the fields that changed`,
	],
	[
		'revision-note-missing-edition',
		`${SRC} › claims[1] (mini-second).revisions[0].note.en: is missing: a revision explains itself in both editions (en)`,
	],
	[
		'revision-on-new-claim',
		`${SRC} › claims[2] (mini-third).revisions: this claim is not in the published record (content/published/record.json) yet: a new claim is not a revision, so remove its revisions`,
	],
];

describe('integrity: every failure mode names the file and the field', () => {
	it.each(cases)('%s', (name, expected) => {
		expect(reportFor(name)).toContain(expected);
	});

	it('has a fixture for every case and a case for every fixture', () => {
		const folders = readdirSync(new URL('../fixtures/cases/', import.meta.url)).sort();
		expect(cases.map(([name]) => name).sort()).toEqual(folders);
	});
});
