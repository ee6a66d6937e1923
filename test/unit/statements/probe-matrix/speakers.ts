// The speakers of the probe matrix (issue #13, thirteenth session): invented people and bodies in many shapes, each with
// the forms the frames need and the annotation the fixtures' README prescribes for it (fixtures/statements/README.md:
// `speaker` is the fullest form printed, without a title; a body's name in its fullest form; an unnamed source, a
// spokesperson not named and an unnamed plural are `speaker` null, `anonymous`; a body's press office speaks as the body).

export type Shape =
  | 'name'
  | 'title+name'
  | 'organisation'
  | 'unnamed singular'
  | 'unnamed plural';

export interface EnglishSpeaker {
  id: string;
  shape: Shape;
  /** Where the name comes from, for the pass rates by kind of name ("West African", "Korean", …). */
  form: string;
  /** As the first mention prints it, mid-sentence ("the Ministry of Health", "a senior official"). */
  first: string;
  /** The annotation's `speaker`: null for an unnamed source. */
  speaker: string | null;
  kind: 'person' | 'organisation' | 'anonymous';
  /** he / she for a person, it for a body, they for a plural; none where the text gives no gender. */
  pronoun?: 'he' | 'she' | 'it' | 'they';
  /** Second mentions as a paper prints them after the first, mid-sentence: the surname alone, Mr/Ms Surname, … */
  later?: { surname?: string; honorific?: string; title?: string };
  /** A post for the appositive frames: "the state's health commissioner" / "Health Commissioner". */
  role?: { lower: string; capital: string };
}

const person = (
  id: string,
  form: string,
  first: string,
  pronoun: 'he' | 'she',
  surname: string,
  extra: { speaker?: string; honorific?: string; role?: EnglishSpeaker['role']; title?: string; shape?: Shape } = {},
): EnglishSpeaker => ({
  id,
  shape: extra.shape ?? 'name',
  form,
  first,
  speaker: extra.speaker ?? first,
  kind: 'person',
  pronoun,
  later: { surname, honorific: extra.honorific ?? `${pronoun === 'he' ? 'Mr' : 'Ms'} ${surname}`, title: extra.title },
  role: extra.role,
});

const minister = { lower: 'the country\u2019s transport minister', capital: 'Transport Minister' };
const commissioner = { lower: 'the state\u2019s health commissioner', capital: 'Health Commissioner' };
const director = { lower: 'the agency\u2019s director', capital: 'Agency Director' };
const mayor = { lower: 'the city\u2019s mayor', capital: 'Mayor' };

export const ENGLISH_SPEAKERS: EnglishSpeaker[] = [
  person('okonkwo', 'West African (Nigerian)', 'Adaeze Okonkwo', 'she', 'Okonkwo', { role: commissioner, title: 'the commissioner' }),
  person('asante', 'West African, hyphenated surname', 'Kwame Asante-Mensah', 'he', 'Asante-Mensah', { role: minister, title: 'the minister' }),
  person('kamau', 'East African (Kenyan)', 'Wanjiru Kamau', 'she', 'Kamau', { role: director }),
  person('mwinyi', 'East African, three names', 'Halima Juma Mwinyi', 'she', 'Mwinyi'),
  person('iyer', 'South Asian, three names', 'Rajesh Kumar Iyer', 'he', 'Iyer', { role: director, title: 'the director' }),
  person('raghunathan', 'South Asian', 'Priya Raghunathan', 'she', 'Raghunathan', { role: mayor, title: 'the mayor' }),
  person('dsouza', 'South Asian, apostrophe', 'Rohan D\u2019Souza', 'he', 'D\u2019Souza'),
  person('siti', 'Malay, binti (given name as second mention)', 'Siti Aminah binti Yusof', 'she', 'Siti Aminah', { honorific: 'Siti Aminah' }),
  person('villanueva', 'Filipino, "Ma." for Maria', 'Ma. Theresa Villanueva', 'she', 'Villanueva'),
  person('reyes', 'Filipino, middle initial', 'Jose Miguel P. Reyes', 'he', 'Reyes'),
  person('wang', 'Chinese, family name first', 'Wang Jianguo', 'he', 'Wang', { role: minister }),
  person('leung', 'Hong Kong, English and Chinese names', 'Eric Leung Chi-ming', 'he', 'Leung'),
  person('park', 'Korean, family name first', 'Park Ji-hoon', 'he', 'Park', { role: director }),
  person('kimsy', 'Korean, family name first', 'Kim Soo-yeon', 'she', 'Kim'),
  person('tanaka', 'Japanese, given name first', 'Haruka Tanaka', 'she', 'Tanaka'),
  person('mansouri', 'Arabic, bin and al-', 'Khalid bin Saeed al-Mansouri', 'he', 'al-Mansouri', { role: minister }),
  person('harbi', 'Arabic, al-', 'Abdullah al-Harbi', 'he', 'al-Harbi'),
  person('nibhriain', 'Irish, Ní', 'Siobh\u00e1n N\u00ed Bhriain', 'she', 'N\u00ed Bhriain', { role: mayor }),
  person('osuilleabhain', 'Irish, \u00d3', 'Ciar\u00e1n \u00d3 S\u00failleabh\u00e1in', 'he', '\u00d3 S\u00failleabh\u00e1in'),
  person('odriscoll', 'Irish, O\u2019', 'Siobhan O\u2019Driscoll', 'she', 'O\u2019Driscoll'),
  person('vandenberg', 'Dutch, van den', 'Pieter van den Berg', 'he', 'van den Berg', { role: director }),
  person('dejong', 'Dutch, de', 'Annelies de Jong', 'she', 'de Jong'),
  person('garcia', 'Spanish, two surnames', 'Mar\u00eda Jos\u00e9 Garc\u00eda Fern\u00e1ndez', 'she', 'Garc\u00eda Fern\u00e1ndez', { role: minister }),
  person('dossantos', 'Portuguese, dos', 'Jo\u00e3o Pedro dos Santos', 'he', 'dos Santos'),
  person('morozova', 'Russian, in English', 'Yelena Morozova', 'she', 'Morozova'),
  person('dubois', 'French, hyphenated given name', 'Jean-Pierre Dubois', 'he', 'Dubois', { role: mayor }),
  person('adeyemi', 'Yoruba, hyphenated surname', 'Oluwaseun Adeyemi-Bakare', 'she', 'Adeyemi-Bakare'),
  person('haddad', 'Arabic, Al- capitalised', 'Rania Al-Haddad', 'she', 'Al-Haddad'),
  person('volkov', 'Russian with patronymic, in English', 'Dmitry Sergeyevich Volkov', 'he', 'Volkov'),
  person('sarsenbayev', 'Kazakh', 'Yerlan Sarsenbayev', 'he', 'Sarsenbayev', { role: minister }),
  person('kadyrbek', 'Kyrgyz, uulu', 'Azamat Kadyrbek uulu', 'he', 'Kadyrbek uulu'),
  person('schmidtweber', 'German, hyphenated both', 'Anna-Lena Schmidt-Weber', 'she', 'Schmidt-Weber'),
  person('mwangi', 'initials', 'J. K. Mwangi', 'he', 'Mwangi'),
  person('chowdhury', 'initials, joined', 'A.B. Chowdhury', 'he', 'Chowdhury'),
  person('sutrisno', 'Indonesian, one name', 'Sutrisno', 'he', 'Sutrisno', { honorific: 'Mr Sutrisno' }),
  person('llewellyn', 'police rank', 'Chief Superintendent Gareth Llewellyn', 'he', 'Llewellyn', {
    speaker: 'Gareth Llewellyn', shape: 'title+name', honorific: 'Ch Supt Llewellyn',
  }),
  person('abad', 'Senator', 'Senator Dolores Abad', 'she', 'Abad', { speaker: 'Dolores Abad', shape: 'title+name', honorific: 'Sen. Abad', title: 'the senator' }),
  person('danladi', 'Alhaji', 'Alhaji Musa Danladi', 'he', 'Danladi', { speaker: 'Musa Danladi', shape: 'title+name' }),
  person('faizal', 'Datuk Seri, bin', 'Datuk Seri Ahmad Faizal bin Hashim', 'he', 'Ahmad Faizal', {
    speaker: 'Ahmad Faizal bin Hashim', shape: 'title+name', honorific: 'Ahmad Faizal',
  }),
  person('otieno', 'Hon.', 'Hon. Grace Akinyi Otieno', 'she', 'Otieno', { speaker: 'Grace Akinyi Otieno', shape: 'title+name' }),
  person('benali', 'Dr', 'Dr Fatima Zahra Benali', 'she', 'Benali', { speaker: 'Fatima Zahra Benali', shape: 'title+name', honorific: 'Dr Benali' }),
  person('nwosu', 'Chief (Nigerian title)', 'Chief Emeka Nwosu', 'he', 'Nwosu', { speaker: 'Emeka Nwosu', shape: 'title+name' }),
  person('hughes', 'Detective Inspector', 'Detective Inspector Claire Hughes', 'she', 'Hughes', { speaker: 'Claire Hughes', shape: 'title+name', honorific: 'DI Hughes' }),
  person('mehta', 'Justice (a judge)', 'Justice Anil Mehta', 'he', 'Mehta', { speaker: 'Anil Mehta', shape: 'title+name', title: 'the judge' }),
  person('chen', 'Prof., Chinese order', 'Prof. Chen Meiling', 'she', 'Chen', { speaker: 'Chen Meiling', shape: 'title+name', honorific: 'Prof. Chen' }),
  // Bodies: the name as printed, the short form a paper uses next ("the ministry").
  { id: 'ministry', shape: 'organisation', form: 'a ministry', first: 'the Ministry of Health', speaker: 'Ministry of Health', kind: 'organisation', pronoun: 'it', later: { title: 'the ministry' } },
  { id: 'company', shape: 'organisation', form: 'a company', first: 'Northwind Energy', speaker: 'Northwind Energy', kind: 'organisation', pronoun: 'it', later: { title: 'the company' } },
  { id: 'union', shape: 'organisation', form: 'a union', first: 'the Dock Workers\u2019 Union', speaker: 'Dock Workers\u2019 Union', kind: 'organisation', pronoun: 'it', later: { title: 'the union' } },
  { id: 'police', shape: 'organisation', form: 'police', first: 'the Lagos State Police Command', speaker: 'Lagos State Police Command', kind: 'organisation', pronoun: 'it', later: { title: 'the command' } },
  { id: 'council', shape: 'organisation', form: 'a council', first: 'Harlow Borough Council', speaker: 'Harlow Borough Council', kind: 'organisation', pronoun: 'it', later: { title: 'the council' } },
  { id: 'acronym', shape: 'organisation', form: 'an acronym', first: 'the NRSC', speaker: 'NRSC', kind: 'organisation', pronoun: 'it' },
  { id: 'court', shape: 'organisation', form: 'a court', first: 'the Supreme Court of Appeal', speaker: 'Supreme Court of Appeal', kind: 'organisation', pronoun: 'it', later: { title: 'the court' } },
  // Unnamed sources, singular and plural.
  { id: 'senior-official', shape: 'unnamed singular', form: 'an official', first: 'a senior official', speaker: null, kind: 'anonymous', later: { title: 'the official' } },
  { id: 'source-talks', shape: 'unnamed singular', form: 'a source', first: 'a source close to the talks', speaker: null, kind: 'anonymous', later: { title: 'the source' } },
  { id: 'aide', shape: 'unnamed singular', form: 'an aide, not named', first: 'an aide who asked not to be named', speaker: null, kind: 'anonymous', later: { title: 'the aide' } },
  { id: 'spokesperson', shape: 'unnamed singular', form: 'a spokesperson', first: 'a government spokesperson', speaker: null, kind: 'anonymous', later: { title: 'the spokesperson' } },
  { id: 'diplomat', shape: 'unnamed singular', form: 'a diplomat', first: 'a Western diplomat', speaker: null, kind: 'anonymous' },
  // A fifth batch of speakers, written after the fourth batch of frames.
  { id: 'person-knowledge', shape: 'unnamed singular', form: 'a person with knowledge', first: 'a person with knowledge of the matter', speaker: null, kind: 'anonymous', later: { title: 'the person' } },
  { id: 'official-at', shape: 'unnamed singular', form: 'an official at a body', first: 'an official at the finance ministry', speaker: null, kind: 'anonymous', later: { title: 'the official' } },
  { id: 'us-official', shape: 'unnamed singular', form: 'a nationality and a post', first: 'a US official', speaker: null, kind: 'anonymous', later: { title: 'the official' } },
  { id: 'police-officer', shape: 'unnamed singular', form: 'one who declined to give a name', first: 'a police officer who declined to give his name', speaker: null, kind: 'anonymous', pronoun: 'he', later: { title: 'the officer' } },
  { id: 'people-briefed', shape: 'unnamed plural', form: 'people briefed', first: 'people briefed on the talks', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'critics', shape: 'unnamed plural', form: 'critics', first: 'critics', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'insiders', shape: 'unnamed plural', form: 'insiders', first: 'industry insiders', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'two-people', shape: 'unnamed plural', form: 'people familiar', first: 'two people familiar with the matter', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'officials', shape: 'unnamed plural', form: 'officials', first: 'officials', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'residents', shape: 'unnamed plural', form: 'residents', first: 'residents', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'analysts', shape: 'unnamed plural', form: 'analysts', first: 'analysts', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'witnesses', shape: 'unnamed plural', form: 'witnesses', first: 'several witnesses', speaker: null, kind: 'anonymous', pronoun: 'they' },
  { id: 'sources', shape: 'unnamed plural', form: 'sources', first: 'diplomatic sources', speaker: null, kind: 'anonymous', pronoun: 'they' },
];

/** The second speaker of frames with two: someone else who speaks between two mentions of the first. */
export const OTHER_SPEAKERS: EnglishSpeaker[] = [
  { id: 'other-person', shape: 'name', form: 'another person', first: 'opposition leader Tomasz Wieczorek', speaker: 'Tomasz Wieczorek', kind: 'person', pronoun: 'he' },
  { id: 'other-body', shape: 'organisation', form: 'another body', first: 'the Harbour Traders Association', speaker: 'Harbour Traders Association', kind: 'organisation', pronoun: 'it' },
  { id: 'other-unnamed', shape: 'unnamed plural', form: 'other people', first: 'local shopkeepers', speaker: null, kind: 'anonymous', pronoun: 'they' },
];

export type Gender = 'm' | 'f' | 'n' | 'pl';

export interface RussianSpeaker {
  id: string;
  shape: Shape;
  form: string;
  /** Nominative and genitive as printed ("глава района Сергей Лыков", "главы района Сергея Лыкова"). */
  nom: string;
  gen: string;
  /** "в …" for a body whose office speaks ("в пресс-службе министерства"); only where that is how papers print it. */
  inside?: string;
  gender: Gender;
  speaker: string | null;
  kind: 'person' | 'organisation' | 'anonymous';
  /** Second mentions: the surname (nominative), the pronoun. */
  later?: { surname?: string; pronoun?: string };
}

const ru = (
  id: string,
  form: string,
  nom: string,
  gen: string,
  gender: 'm' | 'f',
  speaker: string,
  surname: string,
  shape: Shape = 'name',
): RussianSpeaker => ({
  id, shape, form, nom, gen, gender, speaker, kind: 'person', later: { surname, pronoun: gender === 'm' ? 'он' : 'она' },
});

export const RUSSIAN_SPEAKERS: RussianSpeaker[] = [
  ru('samoylov', 'with patronymic', 'Алексей Петрович Самойлов', 'Алексея Петровича Самойлова', 'm', 'Алексей Петрович Самойлов', 'Самойлов'),
  ru('volkova', 'given name and surname', 'Ирина Волкова', 'Ирины Волковой', 'f', 'Ирина Волкова', 'Волкова'),
  ru('smirnova', 'a woman\u2019s name in -ия', 'Юлия Смирнова', 'Юлии Смирновой', 'f', 'Юлия Смирнова', 'Смирнова'),
  ru('kenzhebekova', 'Kazakh', 'Асель Кенжебекова', 'Асель Кенжебековой', 'f', 'Асель Кенжебекова', 'Кенжебекова'),
  ru('toktogulov', 'Kyrgyz', 'Азамат Токтогулов', 'Азамата Токтогулова', 'm', 'Азамат Токтогулов', 'Токтогулов'),
  ru('rimskaya', 'hyphenated surname', 'Анна Римская-Корсакова', 'Анны Римской-Корсаковой', 'f', 'Анна Римская-Корсакова', 'Римская-Корсакова'),
  ru('gordeev', 'initials', 'А. В. Гордеев', 'А. В. Гордеева', 'm', 'А. В. Гордеев', 'Гордеев'),
  ru('bondarenko', 'surname that does not decline', 'Олег Бондаренко', 'Олега Бондаренко', 'm', 'Олег Бондаренко', 'Бондаренко'),
  ru('kiknadze', 'Georgian', 'Давид Кикнадзе', 'Давида Кикнадзе', 'm', 'Давид Кикнадзе', 'Кикнадзе'),
  ru('keller', 'foreign name', 'Мартин Келлер', 'Мартина Келлера', 'm', 'Мартин Келлер', 'Келлер'),
  ru('lykov', 'глава района', 'глава района Сергей Лыков', 'главы района Сергея Лыкова', 'm', 'Сергей Лыков', 'Лыков', 'title+name'),
  ru('nikitin', 'губернатор', 'губернатор Олег Никитин', 'губернатора Олега Никитина', 'm', 'Олег Никитин', 'Никитин', 'title+name'),
  ru('sotnikova', 'министр региона', 'министр здравоохранения региона Марина Сотникова', 'министра здравоохранения региона Марины Сотниковой', 'f', 'Марина Сотникова', 'Сотникова', 'title+name'),
  ru('mukhametov', 'аким', 'аким города Ерлан Мухаметов', 'акима города Ерлана Мухаметова', 'm', 'Ерлан Мухаметов', 'Мухаметов', 'title+name'),
  { id: 'minzdrav', shape: 'organisation', form: 'a ministry', nom: 'Министерство здравоохранения', gen: 'Министерства здравоохранения', inside: 'в Министерстве здравоохранения', gender: 'n', speaker: 'Министерство здравоохранения', kind: 'organisation', later: { pronoun: 'в ведомстве' } },
  { id: 'mintrans', shape: 'organisation', form: 'a ministry, short', nom: 'Минтранс', gen: 'Минтранса', inside: 'в Минтрансе', gender: 'm', speaker: 'Минтранс', kind: 'organisation', later: { pronoun: 'в ведомстве' } },
  { id: 'severtrans', shape: 'organisation', form: 'a company', nom: 'компания «Севертранс»', gen: 'компании «Севертранс»', inside: 'в компании «Севертранс»', gender: 'f', speaker: 'Севертранс', kind: 'organisation', later: { pronoun: 'в компании' } },
  { id: 'profsoyuz', shape: 'organisation', form: 'a union', nom: 'профсоюз докеров', gen: 'профсоюза докеров', inside: 'в профсоюзе докеров', gender: 'm', speaker: 'профсоюз докеров', kind: 'organisation' },
  { id: 'sud', shape: 'organisation', form: 'a court', nom: 'Арбитражный суд Москвы', gen: 'Арбитражного суда Москвы', inside: 'в Арбитражном суде Москвы', gender: 'm', speaker: 'Арбитражный суд Москвы', kind: 'organisation' },
  // A body's press office speaks as the body (README, test-6's conventions: «в пресс-службе магистрали»).
  { id: 'press-service', shape: 'organisation', form: 'a press office', nom: 'пресс-служба администрации города', gen: 'пресс-службы администрации города', inside: 'в пресс-службе администрации города', gender: 'f', speaker: 'администрация города', kind: 'organisation' },
  { id: 'istochnik', shape: 'unnamed singular', form: 'источник в …', nom: 'источник в правительстве', gen: 'источника в правительстве', gender: 'm', speaker: null, kind: 'anonymous', later: { pronoun: 'он' } },
  { id: 'sobesednik', shape: 'unnamed singular', form: 'собеседник агентства', nom: 'собеседник агентства', gen: 'собеседника агентства', gender: 'm', speaker: null, kind: 'anonymous', later: { pronoun: 'он' } },
  { id: 'predstavitel', shape: 'unnamed singular', form: 'представитель, не названный', nom: 'представитель ведомства', gen: 'представителя ведомства', gender: 'm', speaker: null, kind: 'anonymous' },
  // A fifth batch.
  { id: 'istochnik-otrasl', shape: 'unnamed singular', form: 'источник в отрасли', nom: 'источник в отрасли', gen: 'источника в отрасли', gender: 'm', speaker: null, kind: 'anonymous' },
  { id: 'ochevidtsy', shape: 'unnamed plural', form: 'очевидцы', nom: 'очевидцы', gen: 'очевидцев', gender: 'pl', speaker: null, kind: 'anonymous', later: { pronoun: 'они' } },
  { id: 'predstavitel-kompanii', shape: 'unnamed singular', form: 'представитель компании', nom: 'представитель компании', gen: 'представителя компании', gender: 'm', speaker: null, kind: 'anonymous' },
  { id: 'sotrudnik', shape: 'unnamed singular', form: 'сотрудник ведомства', nom: 'сотрудник ведомства', gen: 'сотрудника ведомства', gender: 'm', speaker: null, kind: 'anonymous' },
  { id: 'zhiteli', shape: 'unnamed plural', form: 'жители', nom: 'местные жители', gen: 'местных жителей', gender: 'pl', speaker: null, kind: 'anonymous', later: { pronoun: 'они' } },
  { id: 'chinovniki', shape: 'unnamed plural', form: 'чиновники', nom: 'чиновники', gen: 'чиновников', gender: 'pl', speaker: null, kind: 'anonymous', later: { pronoun: 'они' } },
];
