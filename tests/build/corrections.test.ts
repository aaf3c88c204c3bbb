import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus, formatIssues } from '../../src/lib/corpus/check/index';
import { readCorpusFiles } from '../../src/lib/corpus/files';
import { corrections } from '../../src/lib/publish/corrections';
import { corpus } from '../support/corpus';
import { page, root, select, selectAll, text } from '../support/dist';

const editions = [
	{ locale: 'ru', prefix: '' },
	{ locale: 'en', prefix: '/en' },
] as const;

describe.each(editions)('corrections in the $locale edition', ({ locale, prefix }) => {
	const expected = corrections(corpus.sources, corpus.essays, locale);
	const log = page(`${prefix}/corrections/`);

	it('/corrections/ lists every revision, newest first, each linking to what changed', () => {
		const items = selectAll('main ol.corrections > li', log);
		expect(items.map((li) => li.properties.id)).toEqual(expected.map((c) => c.id));
		expected.forEach((c, i) => {
			const li = items[i];
			expect(select(`time[datetime="${c.date}"]`, li), c.id).toBeDefined();
			expect(
				selectAll('a', li).map((a) => a.properties.href),
				c.id,
			).toContain(`${prefix}${c.path}`);
			expect(text(li)).toContain(c.note[locale]);
		});
		const dates = expected.map((c) => c.date);
		expect(dates).toEqual(dates.toSorted().reverse());
		if (!expected.length) expect(text(select('main', log)!)).toMatch(/Исправлений пока нет|No corrections yet/);
	});

	it('each corrected page shows its revisions under «Исправления» / "Corrections"', () => {
		for (const c of expected) {
			const section = select('#corrections', page(`${prefix}${c.path}`));
			expect(section, `${c.path} has no corrections section`).toBeDefined();
			expect(text(select('h2', section!)!)).toBe(locale === 'ru' ? 'Исправления' : 'Corrections');
			expect(text(section!)).toContain(c.note[locale]);
		}
	});

	it('pages without revisions have no corrections section', () => {
		const corrected = new Set(expected.map((c) => c.path));
		const claim = corpus.sources.flatMap((s) => s.data.claims).find((cl) => !corrected.has(`/claims/${cl.id}/`));
		if (claim) expect(select('#corrections', page(`${prefix}/claims/${claim.id}/`))).toBeUndefined();
	});
});

describe('no published text changes silently', () => {
	// A copy of the project, as the scale benchmark makes one: sources, config, content; modules linked.
	const dir = mkdtempSync(join(tmpdir(), 'silent-change-'));
	for (const name of [
		'src',
		'public',
		'content',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
		'tests/published',
	])
		cpSync(join(root, name), join(dir, name), { recursive: true });
	symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	// A claim with no revisions yet, so that the test writes the first.
	const source = corpus.sources.find((s) => s.data.claims.some((c) => c.revisions.length === 0))!;
	const index = source.data.claims.findIndex((c) => c.revisions.length === 0);
	const claim = source.data.claims[index];
	const file = join(dir, source.file);
	const original = readFileSync(file, 'utf8');
	const translationLine = original
		.split('\n')
		.find((l) => l.includes(`translation: ${JSON.stringify(claim.translation)}`));

	it('npm run build stops on a changed translation and names the file, the claim and what to add', () => {
		expect(translationLine, 'the claim translation is written as one double-quoted line').toBeDefined();
		writeFileSync(file, original.replace(translationLine!, translationLine!.replace(/"$/, ' (altered)"')));
		const build = spawnSync('npm', ['run', 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: join(dir, 'dist') },
		});
		expect(build.status).not.toBe(0);
		expect(`${build.stdout}\n${build.stderr}`).toContain(
			`${source.file} › claims[${index}] (${claim.id}).translation: changed since it was published (content/published/record.json) and no revision says so: add to this claim's \`revisions\``,
		);
	}, 120_000);

	it('with a revision the change passes, and npm run record records it', () => {
		const today = new Date().toISOString().slice(0, 10);
		const idLine = `  - id: ${claim.id}\n`;
		const changed = readFileSync(file, 'utf8');
		expect(changed).toContain(idLine);
		writeFileSync(
			file,
			changed.replace(
				idLine,
				`${idLine}    revisions:\n      - { date: "${today}", fields: [translation], note: { ru: "Перевод исправлен.", en: "The translation was corrected." } }\n`,
			),
		);
		expect(formatIssues(checkCorpus(readCorpusFiles(dir)).issues)).toBe('');
		const record = spawnSync('npm', ['run', 'record'], { cwd: dir, encoding: 'utf8' });
		expect(record.status, record.stderr).toBe(0);
		const recorded = JSON.parse(readFileSync(join(dir, 'content/published/record.json'), 'utf8'));
		expect(recorded.claims[claim.id].fields.translation).toBe(`${claim.translation} (altered)`);
		expect(recorded.claims[claim.id].revisions).toBe(1);
	}, 120_000);
});
