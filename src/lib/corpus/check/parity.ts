import type { Check, IntegrityIssue } from './issues';

const counterparts = (kind: string, items: { file: string; key: string; locale: string }[]): IntegrityIssue[] =>
	items.flatMap((item) => {
		const other = item.locale === 'ru' ? 'en' : 'ru';
		return items.some((i) => i.key === item.key && i.locale === other)
			? []
			: [
					{
						file: item.file,
						where: 'locale',
						message: `this ${kind} has no ${other} counterpart (content/${kind}s/${other}/${item.key}.mdx)`,
					},
				];
	});

/** The English edition is complete: every essay and page exists in both editions. */
export const editionsComplete: Check = ({ corpus }) => [
	...counterparts(
		'essay',
		corpus.essays.map((e) => ({ file: e.file, key: e.data.theme, locale: e.data.locale })),
	),
	...counterparts(
		'page',
		corpus.pages.map((p) => ({ file: p.file, key: p.slug, locale: p.data.locale })),
	),
];
