/** The forms of a counted noun by `Intl.PluralRules` category; each language uses its own subset. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const forms = (f: PluralForms) => f;

/** Interface strings of the Russian edition; the English dictionary must have the same keys. */
const ru = {
	site: {
		name: 'Казахстан и Россия: пять текстов',
		tagline:
			'Отношения Казахстана и России в зеркале пяти аналитических текстов 2019–2022 годов (даты большей частью выведены по косвенным признакам): точные цитаты, утверждения, очерки.',
		skip: 'Перейти к содержанию',
		footerNav: 'Разделы сайта',
		nav: 'Основная навигация',
		footer: 'Цитаты приводятся дословно, с опечатками авторов. Пересказы, переводы и очерки — работа редакции сайта.',
		license: 'Тексты редакции — CC BY 4.0. Цитаты принадлежат авторам и изданиям.',
	},
	nav: {
		home: 'Главная',
		essays: 'Очерки',
		sources: 'Источники',
		claims: 'Утверждения',
		themes: 'Темы',
		compare: 'Сравнение позиций',
		timeline: 'Хронология',
		people: 'Люди и организации',
		about: 'О методе',
		search: 'Поиск',
		data: 'Открытые данные',
		corrections: 'Исправления',
	},
	theme: { toggle: 'Тема оформления', light: 'Светлая', dark: 'Тёмная', system: 'Как в системе' },
	language: { switch: 'English', switchLabel: 'Read this page in English', name: 'Русский' },
	kind: {
		fact: 'Факт',
		assessment: 'Оценка',
		prediction: 'Прогноз',
		reported: 'Чужие слова',
	},
	kindHelp: {
		fact: 'проверяемое утверждение о мире',
		assessment: 'толкование или суждение',
		prediction: 'утверждение о будущем',
		reported: 'текст передаёт слова другого лица',
	},
	trajectory: { distancing: 'Дистанцирование', balancing: 'Баланс', integration: 'Интеграция' },
	tone: { critical: 'Критический', neutral: 'Нейтральный', sympathetic: 'Сочувственный' },
	perspective: {
		kazakh: 'казахстанская',
		russian: 'российская',
		ukrainian: 'украинская',
		western: 'западная',
		unknown: 'неизвестна',
	},
	authorKind: { person: 'автор', collective: 'коллектив', unattributed: 'без подписи' },
	entityKind: { person: 'Люди', organisation: 'Организации и издания', place: 'Места' },
	country: { KZ: 'Казахстан', RU: 'Россия', UA: 'Украина' },
	precision: {
		day: 'точная дата',
		month: 'с точностью до месяца',
		year: 'с точностью до года',
		range: 'приблизительно',
	},
	source: {
		metadata: 'Об источнике',
		author: 'Автор',
		outlet: 'Издание',
		original: 'Оригинал',
		originalUnknown: 'адрес оригинала неизвестен',
		unknown: 'неизвестно',
		date: 'Дата',
		dateStated: 'указана в тексте',
		dateInferred: 'установлена по косвенным признакам',
		evidence: 'Основание',
		stance: 'Позиция',
		trajectory: 'Траектория',
		tone: 'Тон к политике Москвы',
		perspective: 'Перспектива',
		rationale: 'Обоснование',
		synopsis: 'Кратко',
		suppliedTitle: 'заголовок дан редакцией сайта: у оригинала его нет',
		text: 'Текст источника',
		textNote:
			'Текст приводится дословно, с орфографией и пунктуацией оригинала. Подчёркнуты фрагменты, разобранные как утверждения.',
		claims: 'Утверждения источника',
		claimsInParagraph: 'Утверждения в абзаце',
		paragraph: 'Абзац',
	},
	claim: {
		title: 'Утверждение',
		quote: 'Цитата',
		who: 'Кто утверждает',
		kind: 'Тип',
		themes: 'Темы',
		summary: 'Пересказ',
		context: 'Абзац целиком',
		inSource: 'Место в тексте источника',
		openPage: 'Страница утверждения',
		related: 'Что говорят другие источники',
		agreeing: 'Согласуются',
		adding: 'Дополняют',
		differing: 'Расходятся',
		noRelated: 'Другие источники эту тему не затрагивают.',
		translation: 'Перевод редакции',
		source: 'Источник',
		viaAuthor: 'в пересказе источника',
	},
	/** The one-sentence disclosure of what the corpus is, shown where readers first look. */
	disclosure: {
		/** `{count}`: the number of texts, declined; the link to the methodology follows it (`more`). */
		text: 'Корпус сайта — {count}: все они в разной степени описывают отдаление Казахстана от России, и ни один не написан от имени правительства России или Казахстана.',
		/** The link to the methodology after the sentence. */
		more: 'Подробнее о методе',
	},
	essay: {
		essays: 'Очерки',
		intro: 'Очерки редакции по темам: каждый абзац опирается на утверждения источников, мнения приписаны их авторам.',
		sources: 'На чём основан очерк',
		sourcesNote: 'Утверждения, которые цитирует очерк, по источникам:',
		updated: 'Обновлено',
		editorial: 'Примечание редакции',
		cite: 'утверждение',
		readEssay: 'Читать очерк',
		noEssay: 'Очерка на эту тему пока нет.',
	},
	index: {
		sourcesTitle: 'Источники',
		sourcesIntro:
			'Пять текстов 2019–2022 годов, из которых собран сайт; даты большинства из них выведены по косвенным признакам.',
		themesTitle: 'Темы',
		themesIntro: 'Восемь тем, по которым сгруппированы утверждения и написаны очерки.',
		claimsTitle: 'Все утверждения',
		claimsIntro: 'Каждое утверждение — дословная цитата из источника с пересказом и типом.',
		filter: 'Фильтр',
		filterText: 'Текст содержит',
		filterAll: 'Все',
		filterCount: 'Показано',
		peopleTitle: 'Люди и организации',
		peopleIntro: 'Кто упоминается в текстах и в каких утверждениях.',
		columns: { claim: 'Утверждение', source: 'Источник', kind: 'Тип', themes: 'Темы' },
	},
	pagination: {
		/** Name of the navigation between the pages of a long list. */
		label: 'Страницы списка',
		labelBelow: 'Страницы списка (в конце)',
		previous: 'Предыдущая',
		next: 'Следующая',
		/** «Страница 2 из 7». */
		page: 'Страница',
		of: 'из',
		/** Under the claims filter when the index has more than one page. */
		filterNote: 'Фильтр отбирает утверждения этой страницы; поиск по сайту находит все.',
	},
	compare: {
		title: 'Сравнение позиций',
		intro:
			'Темы по строкам, источники по столбцам. В каждой ячейке — позиция источника по теме и утверждения, на которых она основана.',
		notAddressed: 'Не затрагивает',
		theme: 'Тема',
	},
	timeline: {
		title: 'Хронология',
		intro: 'События, которые упоминают тексты, с точностью датировки и ссылками на утверждения.',
		mentionedIn: 'Упоминается в утверждениях',
		editorial: 'контекст редакции',
	},
	home: {
		themes: 'Темы',
		sources: 'Пять источников',
		/** The link under the home page's sources when there are more than the sources index's first page. */
		allSources: 'Все источники',
		latest: 'Последнее датированное событие',
		search: 'Поиск по цитатам',
		start: 'С чего начать',
	},
	notFound: {
		title: 'Страница не найдена',
		text: 'Такой страницы нет. Возможно, адрес изменился или в нём опечатка. Попробуйте поиск или один из указателей:',
	},
	search: {
		label: 'Поиск по текстам и цитатам',
		placeholder: 'Слово, имя или «цитата»',
		button: 'Найти',
		noScript: 'Поиск работает в браузере и требует JavaScript. Без него все тексты доступны через указатели:',
		loading: 'Загружаю поиск…',
		failed: 'Поиск не загрузился. Все тексты доступны через указатели.',
		empty: 'Ничего не найдено.',
		missing: 'В текстах не встречается: {terms}.',
		notTogether: 'Все слова вместе не встречаются ни в одном фрагменте.',
		found: 'Найдено: {count}',
		foundSoFar: 'Найдено пока: {count}',
		results: 'Результаты поиска',
		filters: 'Уточнить',
		sort: 'Порядок',
		sortRelevance: 'По релевантности',
		sortDateAsc: 'Сначала ранние',
		sortDateDesc: 'Сначала поздние',
		any: 'Любой',
		close: 'Закрыть',
		hint: 'Нажмите / или Ctrl+K, чтобы открыть поиск с любой страницы.',
		openAll: 'Все результаты на странице поиска',
		filter: {
			source: 'Источник',
			author: 'Автор',
			stance: 'Позиция',
			theme: 'Тема',
			kind: 'Тип утверждения',
			type: 'Что искать',
		},
		type: { claim: 'Утверждение', paragraph: 'Абзац источника', source: 'Источник', essay: 'Очерк', page: 'Страница' },
		paragraph: 'абзац {n}',
		highlighted: 'Подсвечены найденные слова: {terms}',
		clearHighlight: 'Снять подсветку',
		more: 'Показать ещё',
		didYouMean: 'Возможно, вы имели в виду:',
	},
	og: {
		/** Label above an essay's title on its social card. */
		essay: 'Очерк',
	},
	data: {
		title: 'Открытые данные',
		description:
			'Утверждения, источники и аннотации сайта в JSON, CSV и W3C Web Annotation: что в файлах, какие в них поля, лицензия и как цитировать.',
		intro:
			'Всё, из чего собран сайт, можно скачать в машиночитаемом виде. Файлы собираются вместе с сайтом из тех же записей, что и страницы, и всегда с ними совпадают.',
		counts: 'Сейчас в данных {claims} из {sources}.',
		filesTitle: 'Файлы',
		files: {
			claims:
				'Все утверждения — массив JSON, по записи на утверждение: цитата, перевод, пересказ, тип, темы, постоянные адреса. Записи описаны схемой claim.json.',
			claimsCsv:
				'Те же утверждения таблицей CSV по RFC 4180: кодировка UTF-8 без BOM, строки разделены CRLF, первая строка — заголовки. Столбцы названы по полям claims.json (summary.ru, summary.en…), темы перечислены через точку с запятой, отсутствующие поля пусты.',
			sources:
				'Все источники — массив JSON: метаданные, датировка, позиция, утверждения и полный текст (поле text). Записи описаны схемой source.json.',
			annotations:
				'Каждое утверждение как аннотация W3C Web Annotation (JSON-LD): пересказ, привязанный к месту цитаты в тексте источника.',
			claimSchema: 'JSON Schema (draft 2020-12) записи claims.json.',
			sourceSchema: 'JSON Schema (draft 2020-12) записи sources.json.',
		},
		fieldsTitle: 'Поля',
		fieldsIntro:
			'Таблицы построены по опубликованным выше схемам JSON Schema, а те — по схемам, которыми сайт проверяет свои записи. Описания полей взяты из схем и поэтому даны по-английски.',
		claimFields: 'Утверждение: claims.json и claims.csv',
		sourceFields: 'Источник: sources.json',
		sourceClaimsNote:
			'Утверждения в поле claims источника записаны так же, как в claims.json, но без полей url, urlInSource, source и sourceTitle.',
		columns: {
			file: 'Файл',
			contents: 'Что внутри',
			field: 'Поле',
			type: 'Тип',
			required: 'Всегда есть',
			meaning: 'Описание',
		},
		yes: 'да',
		no: 'нет',
		annotationsTitle: 'Аннотации',
		annotationsText:
			'annotations.json — коллекция AnnotationCollection по модели W3C Web Annotation. Идентификатор аннотации — постоянный адрес утверждения, тело — пересказ по-русски и по-английски, цель — страница источника. Место цитаты задают два селектора: TextQuoteSelector (цитата и по 32 знака текста до и после неё; в тексте источника все пробелы и переносы строк, в том числе между абзацами, сведены к одному пробелу) и FragmentSelector (id утверждения на странице источника).',
		annotationsLabel: 'Утверждения пяти текстов об отношениях Казахстана и России как аннотации W3C',
		licenseTitle: 'Лицензия',
		licenseOwn:
			'Собственные тексты сайта — пересказы, переводы, синопсисы, кодировка позиций, очерки — распространяются по лицензии {license}: их можно копировать и перерабатывать, указав авторство и дав ссылку на сайт.',
		licenseName: 'CC BY 4.0',
		licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ru',
		licenseQuotes:
			'Цитаты и тексты источников (поля quote и text) принадлежат их авторам и изданиям, и эта лицензия на них не распространяется. Сайт приводит их для анализа и критики, с указанием автора и издания; цитируйте их так же — кратко и в тех же целях, а для иного использования обращайтесь к правообладателям.',
		citeTitle: 'Как цитировать',
		citeText:
			'У каждого утверждения есть постоянный адрес {url}: id утверждения не меняется и не используется повторно. Адрес {inSource} открывает цитату в тексте источника. Английская версия страницы — тот же адрес с /en после домена.',
		citeExample: 'Пример ссылки на утверждение:',
		citeClaim: '{summary} Источник: «{source}». «{site}», утверждение {id}. {url}',
		citeDatasetExample: 'Ссылка на данные целиком:',
		citeDataset: '«{site}». Открытые данные. {url} (дата обращения: ДД.ММ.ГГГГ).',
	},
	cite: {
		/** Summary of the «Cite this» block. */
		title: 'Как цитировать',
		/** What exactly a claim's or source's reference describes. */
		sourceNote:
			'Ссылка описывает исходный текст так, как он опубликован; страница сайта указана как место, где он прочитан.',
		essayNote: 'Очерк — текст редакции сайта; ссылка ведёт на эту страницу.',
		gost: 'ГОСТ Р 7.0.5–2008',
		apa: 'APA, 7-е изд. (на английском)',
		bibtex: 'BibTeX',
		csl: 'CSL-JSON',
		/** Before the links to a source's reference files on a claim page. */
		sourceFiles: 'BibTeX и CSL-JSON источника и всех его утверждений',
		copy: 'Копировать',
		copied: 'Скопировано',
		copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную',
		/** Author of an essay in its reference. */
		editorialTeam: 'Редакция сайта «Казахстан и Россия: пять текстов»',
		/** Before the site page in a BibTeX note: where the text was read. */
		quotedFrom: 'Цит. по',
		accessed: 'дата обращения',
		/** Link that opens the original page with the quote highlighted (text fragment). */
		original: 'Цитата в оригинале',
		originalHint: 'откроется сайт издания; поддерживающий браузер подсветит цитату',
		copyLink: 'Копировать ссылку',
		copyClaimLink: 'Копировать ссылку на утверждение',
		copyParagraphLink: 'Копировать ссылку на абзац',
		linkCopied: 'Ссылка скопирована',
		permalink: 'Постоянная ссылка',
	},
	corrections: {
		/** Heading of the log and of a page's own corrections. */
		title: 'Исправления',
		intro:
			'Все исправления опубликованных текстов сайта, от новых к старым: что изменилось, когда и почему. Сборка сайта сверяет каждое опубликованное поле — цитату, перевод, пересказ, кодировку, заголовок, текст очерка — с записью опубликованного и не допускает изменения без такой записи.',
		none: 'Исправлений пока нет.',
		/** Before the list of changed fields. */
		changed: 'Изменено',
		/** Shown where a page's corrections end: the way to the whole log. */
		all: 'Все исправления',
		kind: { claim: 'Утверждение', source: 'Источник', essay: 'Очерк' },
		/** Names of the published fields a revision may name (`src/schemas/revision.ts`). */
		field: {
			quote: 'цитата',
			translation: 'перевод',
			summary: 'пересказ',
			kind: 'тип утверждения',
			themes: 'темы',
			attributedTo: 'чьи слова',
			stance: 'позиция',
			title: 'заголовок',
			author: 'автор',
			date: 'дата',
			synopsis: 'синопсис',
			description: 'описание',
			text: 'текст',
		},
		/** At the top of a corrected page, with the latest correction's date; links to its corrections. */
		notice: 'Исправлено',
	},
	feed: {
		title: 'Казахстан и Россия: пять текстов — новое и исправленное',
		description: 'Новые источники и очерки сайта и каждое исправление опубликованных текстов.',
		/** Before the feed's link in the footer. */
		footer: 'Новое и исправления:',
		linkText: 'лента Atom',
		newSource: 'Новый источник',
		newEssay: 'Новый очерк',
		correction: 'Исправление',
	},
	plurals: {
		claim: forms({ one: 'утверждение', few: 'утверждения', many: 'утверждений', other: 'утверждения' }),
		source: forms({ one: 'источник', few: 'источника', many: 'источников', other: 'источника' }),
		word: forms({ one: 'слово', few: 'слова', many: 'слов', other: 'слова' }),
		result: forms({ one: 'результат', few: 'результата', many: 'результатов', other: 'результата' }),
		paragraph: forms({ one: 'абзац', few: 'абзаца', many: 'абзацев', other: 'абзаца' }),
		essay: forms({ one: 'очерк', few: 'очерка', many: 'очерков', other: 'очерка' }),
		text: forms({ one: 'текст', few: 'текста', many: 'текстов', other: 'текста' }),
	},
	// Issue 14 (seeing at a glance): the phone menu, citation previews, the stance grid and the
	// drawn timeline. Kept together to ease merging with other changes to this dictionary.
	header: {
		/** The phone header's button that opens the navigation. */
		menu: 'Меню',
	},
	preview: {
		/** Accessible name of a citation marker, before its number: «Цитата [3]». */
		open: 'Цитата',
	},
	matrix: {
		/** Heading of the compact grid. */
		title: 'Позиции по темам',
		/** The rule that decides a cell, stated in the legend. */
		rule: 'Как определяется клетка: из утверждений источника по теме считаются те, у которых есть траектория, и клетка показывает траекторию, которую несёт больше утверждений, чем любую другую. Если у двух или трёх траекторий утверждений поровну, клетка — «смешанная», а в списке под таблицей указано, сколько утверждений несёт каждую. Если траектории нет ни у одного утверждения — «без траектории». Число — сколько утверждений источника затрагивают тему; клетка — ссылка на эти утверждения в списках ниже. Клетка описывает тексты, а не решает, правы ли они.',
		legend: 'Обозначения',
		/** A cell where the source addresses the theme but no claim on it carries a trajectory. */
		unstated: 'Без траектории',
		/** A cell where the trajectories of the source's claims on the theme are tied. */
		mixed: 'Смешанная',
		/** Column key: the sources by their number in the grid. */
		sources: 'Источники по столбцам',
		/** Heading of the full lists under the grid. */
		lists: 'Утверждения каждой клетки',
	},
	chart: {
		/** Accessible name of the drawn timeline. */
		title: 'События на оси времени',
		/** Legend of the marks. */
		legend:
			'Точка — точная дата; полоса — месяц или год; пунктирная полоса — приблизительно, известны только границы. Каждая отметка — ссылка на событие в списке ниже.',
	},
};

export type Dictionary = typeof ru;
export default ru;
