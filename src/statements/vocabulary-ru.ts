// The closed word lists for Russian copy («…», — сказал X; X заявил, что …; по словам X, …).
// Russian inflects: a role or a body is recognised by its stem ("министра", "министром" → министр).

/** Verbs that attribute speech, in the forms news copy uses (past tense of any gender or number, present). */
export const RU_SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'сказал', 'заявил', 'подчеркнул', 'отметил', 'добавил', 'написал', 'сообщил', 'пояснил', 'рассказал', 'признал',
    'заметил', 'указал', 'уточнил', 'констатировал', 'предупредил', 'напомнил', 'заверил', 'говорил', 'заявлял',
    'выразил', 'считал', 'передал', 'процитировал', 'объяснил', 'пообещал', 'сообщал', 'утверждал', 'настаивал',
    // The imperfective past: what someone "had said" before ("Ранее X отмечала, что …").
    'отмечал', 'подчеркивал', 'указывал', 'предупреждал', 'признавал', 'обещал', 'уверял', 'допустил', 'допускал',
    // Confirming, denying and doubting frame a clause as well ("подтвердил, что", "не исключил, что", "прогнозировал, что").
    'подтвердил', 'подтверждал', 'исключил', 'исключал', 'прогнозировал', 'ответил', 'возразил', 'посетовал',
    'убежден', 'сообщил', 'рассказывал', 'объяснял', 'пояснял', 'уточнял', 'добавлял', 'писал', 'обратил',
    // Expectation frames a clause in business copy ("Госкорпорация ожидает, что …").
    'ожидал', 'высказал', 'информировал',
    // ("Власти … объявили, что": announcing frames a clause too.)
    'объявил', 'анонсировал', 'доложил',
    // Verbs of manner after a quotation ("— возмутилась она", "— отрезал он", "— подытожил тренер").
    'отрезал', 'парировал', 'резюмировал', 'подытожил', 'заключил', 'продолжил', 'воскликнул', 'ответил', 'съязвил',
    // ("— рассуждал актер", "— вздохнул тренер": musing and sighing after dash speech.)
    'рассуждал', 'размышлял', 'вздохнул',
    // Forecasting, counting, threatening, hinting and informing frame a clause too ("спрогнозировал, что", "подсчитали,
    // что", "пригрозил, что", "намекнул, что", "проинформировал, что").
    'спрогнозировал', 'подсчитал', 'пригрозил', 'намекнул', 'проинформировал', 'известил', 'заверял',
    // ("акцентировал внимание на том, что": stressing frames a clause, as "подчеркнул" does.)
    'акцентировал',
  ].flatMap((v) => [v, `${v}а`, `${v}и`, `${v}о`]).concat(['считает', 'считают', 'говорит', 'говорят', 'заявляет', 'заявляют',
    'отмечает', 'отмечают', 'подчеркивает', 'пишет', 'сообщает', 'сообщают', 'уверен', 'уверена', 'уверены', 'полагает',
    'полагают', 'допускает', 'допускают', 'ожидает', 'ожидают', 'обещает', 'обещают', 'информирует', 'информируют',
    // ("Глава района рассчитывает, что …": counting on something frames a clause as expecting does.)
    'рассчитывает', 'рассчитывают'],
  // The present tense of every verb above that news copy puts after a quotation or before "что" ("утверждает один из них").
  ['утверждает', 'утверждают', 'подтверждает', 'подтверждают', 'признает', 'признают', 'признаёт', 'добавляет', 'добавляют',
    'уточняет', 'уточняют', 'поясняет', 'поясняют', 'объясняет', 'объясняют', 'рассказывает', 'рассказывают', 'напоминает',
    'напоминают', 'предупреждает', 'предупреждают', 'указывает', 'указывают', 'настаивает', 'настаивают', 'уверяет', 'уверяют',
    'прогнозирует', 'прогнозируют', 'исключает', 'исключают', 'замечает', 'отвечает', 'пишут', 'убеждены', 'убеждена',
    // («— возражает Name» after another's quotation: objecting, the present of «возразил»; thirty-ninth session, d2110.)
    'возражает', 'возражают',
    // ("Name также обращает внимание, что …": the present of "обратил внимание", which the past list has.)
    'обращает', 'обращают',
    // («Министерство связывает рост цен с тем, что …»: tying a thing to a cause frames a clause, as «объясняет … тем, что»
    // does; thirty-seventh session, test-55 r08.)
    'связывает', 'связывают', 'связал', 'связала', 'связали',
    // («В кулуарах форума поговаривают, что …», «в городе поговаривали, что …»: hearsay said about, as «говорят» is; the
    // impersonal frame had «Поговаривают, что» opening a sentence only (thirty-fifth session, dev d1713).)
    'поговаривают', 'поговаривает', 'поговаривали',
    // ("— резюмирует эксперт", "— подытоживает Name": summing up after a quotation, the present of "резюмировал".)
    'резюмирует', 'резюмируют', 'подытоживает', 'подытоживают',
    // "— приводятся в сообщении слова директора Name", "— приводит ТАСС слова …", "— передает ТАСС слова …": whose words follow.
    'приводятся', 'приводит', 'приводят', 'цитирует', 'цитируют', 'передает', 'передаёт', 'передают'],
  // Reflexive verbs of doubt, fear and hope frame a clause too ("сомневается, что", "опасаются, что").
  ['сомневал', 'опасал', 'надеял', 'жаловал', 'сетовал', 'возмутил', 'удивил', 'признал', 'поделил', 'пожаловал', 'посетовал', 'похвастал',
    'улыбнул', 'рассмеял', 'отмахнул', 'улыбал', 'смеял',
    // («— засмеялся ее однокурсник»: breaking into laughter, as «рассмеялся»; thirty-ninth session, d2114.)
    'засмеял',
    // («другие признавались, что …»: owning up, in the imperfective, as «признается» in the present.)
    'признавал',
    // («Болельщики после игры возмущались, что …», «удивлялся, что …»: indignation and surprise in the imperfective past,
    // as «возмутились» and the present «возмущается» are.)
    'возмущал', 'удивлял']
    .flatMap((v) => [`${v}ся`, `${v}ась`, `${v}ись`]),
  ['сомневается', 'сомневаются', 'опасается', 'опасаются', 'надеется', 'надеются', 'жалуется', 'жалуются', 'сетует', 'сетуют'],
  // The present of manner after a quotation or dash speech ("— возмущается пенсионерка Name", "— вспоминает он").
  ['возмущается', 'возмущаются', 'удивляется', 'удивляются', 'вспоминает', 'вспоминают', 'продолжает', 'вздыхает', 'признается', 'признаются',
    // (With «ё» printed, as «признаёт» above: «признаётся, что …», «— смеётся он».)
    'признаётся', 'смеётся',
    'рассуждает', 'размышляет', 'улыбается', 'смеется', 'соглашается', 'соглашаются', 'соглашался', 'соглашалась',
    // ("— делится директор музея Name": the present of "поделилась".)
    'делится', 'делятся', 'делился', 'делилась',
    // ("— обращается к зрителям художественный руководитель Name": addressing someone after a quotation.)
    'обращается', 'обращаются', 'обратился', 'обратилась', 'обратились']),
);

/** Verbs that carry a quotation's speaker only next to it («…?» — спрашивает участница хора Name), not before «что»:
 * «спросил, что будет с заводом» asks, it reports nothing. */
export const RU_QUOTE_ONLY_VERBS: readonly string[] = ['спрашивает', 'спрашивают', 'спрашивал', 'спрашивала', 'спрашивали',
  'спросил', 'спросила', 'спросили',
  // Crying, sobbing, shouting and exclaiming name the one quoted beside the quotation («…» — плачет продавщица Name, «…!» —
  // кричит он), never a clause: «плачет, что» is not copy's way to report.
  'плачет', 'плачут', 'плакал', 'плакала', 'плакали', 'заплакал', 'заплакала', 'всхлипывает', 'всхлипнул', 'всхлипнула',
  'кричит', 'кричат', 'кричал', 'кричала', 'крикнул', 'крикнула', 'восклицает', 'восклицают', 'сокрушается', 'сокрушаются',
  'сокрушался', 'сокрушалась', 'негодует', 'негодуют', 'негодовал', 'негодовала'];

/** Stems of the words for a role a person speaks in, with the roles they stand for. */
const ROLE_STEMS: readonly [string, readonly string[]][] = [
  ['замминистр', ['заместитель', 'министр']], ['замглав', ['заместитель', 'глава']], ['вице-премьер', ['вице-премьер']],
  ['министр', ['министр']], ['заместител', ['заместитель']], ['представител', ['представитель']],
  ['постпред', ['представитель']], ['глав', ['глава']], ['президент', ['президент']], ['премьер', ['премьер']],
['посол', ['посол']], ['посл', ['посол']], ['поверенн', ['поверенный']], ['пресс-секретар', ['пресс-секретарь']], ['спикер', ['пресс-секретарь']],
  ['директор', ['директор']], ['губернатор', ['губернатор']], ['аналитик', ['аналитик']], ['экономист', ['экономист']],
  ['эксперт', ['эксперт']], ['дипломат', ['дипломат']], ['председател', ['председатель']], ['генсек', ['генсек']],
  ['секретар', ['секретарь']], ['мэр', ['мэр']], ['депутат', ['депутат']], ['сенатор', ['сенатор']],
  // ("— подчеркнул парламентарий": a member of parliament, not the parliament whose stem it begins with.)
  ['парламентари', ['парламентарий']],
  // ("Хранитель фондов музея Name": a museum's curator, a post, before a body's word.)
  ['хранител', ['хранитель']],
  ['начальник', ['начальник']], ['начальниц', ['начальник']], ['руководител', ['руководитель']], ['советник', ['советник']],
  ['помощник', ['помощник']], ['партнер', ['партнер']], ['партнёр', ['партнер']],
  ['вице-президент', ['вице-президент']], ['вице-губернатор', ['вице-губернатор']], ['вице-мэр', ['вице-мэр']],
  // ("По словам вице-министра": a deputy minister, Kazakh and Kyrgyz usage.)
  ['вице-министр', ['вице-министр']],
  ['главврач', ['врач']], ['врач', ['врач']], ['ректор', ['ректор']], ['декан', ['декан']], ['инженер', ['инженер']],
  ['акционер', ['акционер']], ['предпринимател', ['предприниматель']], ['бизнесмен', ['предприниматель']],
  ['уполномоченн', ['уполномоченный']], ['омбудсмен', ['уполномоченный']], ['следовател', ['следователь']],
  // («Участковому уполномоченному Name …», «участковому инспектору Name …», then «— рассказал участковый»: the police's
  // district officer, an adjective used as his post's noun; forty-fourth session, fifteenth Russian speaker probe (dev d2413,
  // d2451). Only a man's singular forms: not «участковых врачей», «участковой избирательной комиссии».)
  ['участковый', ['участковый']], ['участкового', ['участковый']], ['участковому', ['участковый']], ['участковым', ['участковый']],
  ['учител', ['учитель']], ['журналист', ['журналист']], ['редактор', ['редактор']], ['активист', ['активист']],
  ['эколог', ['эколог']], ['ученый', ['ученый']], ['учёный', ['ученый']],
  // («По словам ученого, …», «— сказал ученому»: the adjective-noun's oblique cases, whose stem «ученый» does not open;
  // «учен» alone would take «ученик», «учения». Thirty-third session, second round, dev d1609.)
  ['ученог', ['ученый']], ['учёног', ['ученый']], ['ученому', ['ученый']], ['учёному', ['ученый']], ['водител', ['водитель']],
  ['топ-менеджер', ['менеджер']], ['артист', ['артист']], ['актер', ['актер']], ['актёр', ['актер']], ['актрис', ['актер']],
  // ("пишут театралы": theatre-goers, people, not the theatre their word begins like.)
  ['театрал', ['театрал']],
  ['режиссер', ['режиссер']], ['режиссёр', ['режиссер']],
  // («— заметил постановщик» after «Главный режиссер театра Name поставил …»: a production's director is its режиссер; it
  // had been a post of its own, compatible with no one's, and went to an actor quoted before; forty-first session, d2291.)
  ['постановщик', ['режиссер']], ['художник', ['художник']], ['писател', ['писатель']],
  ['прозаик', ['писатель']], ['поэтесс', ['поэт']], ['поэт', ['поэт']],
  ['музыкант', ['музыкант']], ['певец', ['певец']], ['певиц', ['певец']], ['критик', ['критик']], ['худрук', ['руководитель']],
  ['основател', ['основатель']], ['совладел', ['владелец']], ['владел', ['владелец']], ['гендиректор', ['директор']],
  ['менеджер', ['менеджер']], ['профессор', ['профессор']], ['исследовател', ['исследователь']], ['юрист', ['юрист']],
  ['адвокат', ['адвокат']], ['судь', ['судья']], ['прокурор', ['прокурор']], ['политолог', ['политолог']],
  ['социолог', ['социолог']], ['жительниц', ['житель']], ['жител', ['житель']], ['пенсионерк', ['пенсионер']], ['пенсионер', ['пенсионер']],
  ['тренер', ['тренер']], ['наставник', ['тренер']], ['хоккеист', ['спортсмен']], ['футболист', ['спортсмен']], ['вратар', ['спортсмен']],
  // ("защитник" is a defence lawyer or a defender on a team: either way "— сказал защитник" is the one called so.)
  // («По словам либеро, …», «— сказал волейболист»: players by their position or sport; «либеро» does not decline, so the
  // genitive after «по словам» is the same word; thirty-second session, test-45 r04.)
  ['либеро', ['спортсмен']], ['волейболист', ['спортсмен']], ['баскетболист', ['спортсмен']], ['гандболист', ['спортсмен']],
  ['теннисист', ['спортсмен']],
  ['нападающ', ['спортсмен']], ['защитник', ['адвокат']], ['капитан', ['капитан', 'спортсмен']], ['болельщик', ['болельщик']], ['историк', ['историк']], ['специалист', ['специалист']], ['командующ', ['командующий']], ['канцлер', ['канцлер']], ['лидер', ['лидер']],
  // Medicine, courts, schools and sport, broadly: the roles their news releases and reports name people by.
  ['хирург', ['врач']], ['кардиолог', ['врач']], ['онколог', ['врач']], ['педиатр', ['врач']], ['терапевт', ['врач']],
  ['невролог', ['врач']], ['анестезиолог', ['врач']], ['фельдшер', ['врач']], ['медсестр', ['медсестра']],
  ['заведующ', ['заведующий']], ['гособвинител', ['прокурор']], ['обвинител', ['прокурор']], ['нотариус', ['нотариус']],
  ['член', ['член']], ['преподавател', ['преподаватель']], ['педагог', ['учитель']], ['доцент', ['доцент']],
  ['завуч', ['заместитель']], ['голкипер', ['спортсмен']], ['форвард', ['спортсмен']], ['полузащитник', ['спортсмен']],
  ['игрок', ['спортсмен']], ['спортсмен', ['спортсмен']], ['спортсменк', ['спортсмен']], ['бомбардир', ['спортсмен']],
  ['чемпион', ['спортсмен']], ['призер', ['спортсмен']], ['призёр', ['спортсмен']], ['фигурист', ['спортсмен']],
  // ("Автор победного гола", "автор законопроекта": whoever the text goes on to name.)
  // (A Kazakh region's or city's head, "аким области"; not "акимат", the body.)
  ['аким', ['аким']], ['блогер', ['блогер']],
  // (Posts of a plant's or a farm's staff: "Главный технолог комбината Name", "главный агроном хозяйства Name".)
  ['технолог', ['технолог']], ['агроном', ['агроном']], ['зоотехник', ['зоотехник']], ['механик', ['механик']],
  // («Охотовед Кондопожского района Name Surname», «по мнению охотоведа», «— сказал егерь»: the game and forest wardens of a
  // district, posts as an agronomist's is; unknown, the post and the district's adjective were read as a name «Охотовед
  // Кондопожского». «Кардиохирург», «нейрохирург»: a surgeon's word with its field before it, a surgeon (not «врач», so that «главврач» later is not the surgeon).
  // Thirty-seventh session, an eighth probe of Russian speakers, dev d1964, d1961.)
  ['охотовед', ['охотовед']], ['егер', ['егерь']], ['кардиохирург', ['хирург']], ['нейрохирург', ['хирург']],
  ['энергетик', ['энергетик']], ['бухгалтер', ['бухгалтер']],
  // («Кассир театра рассказала»: a cashier, a post before a body's word; forty-third session, d2431.)
  ['кассир', ['кассир']], ['диспетчер', ['диспетчер']], ['инспектор', ['инспектор']],
  // («инструктор горнолыжной школы в Терсколе Name Surname»: an instructor, a post as a trainer's is; unknown, the place
  // before the full name left no one; thirty-sixth session, test-54 r04.)
  ['инструктор', ['инструктор']],
  ['конструктор', ['конструктор']], ['ветеринар', ['ветеринар']], ['лаборант', ['лаборант']], ['мастер', ['мастер']],
  // («Полицейский уточнил» after «Начальник отдела ГИБДД … Name сообщил»: an adjective used as a noun for a policeman is a
  // word for a person, not a name; thirty-first session, second round.)
  ['полицейск', ['полицейский']],
  // ("Аграрии говорят": a farmer, one who works the land, a plural in -ии that the plural's endings do not take.)
  ['аграри', ['аграрий']],
  // (Thirty-fifth session, test-44 r03 and r04: «Инициатор петиции Name Surname рассказала», «— делится доярка агрокомбината
  // «…» Name»: whoever started a petition or a campaign, and a farm's trades, words for a person before their name; with no
  // word for a person the phrase was read as a body, the name with it, or an unnamed source.)
  ['инициатор', ['инициатор']], ['доярк', ['доярка']], ['животновод', ['животновод']], ['тракторист', ['тракторист']],
  ['механизатор', ['механизатор']], ['комбайнер', ['комбайнер']], ['комбайнёр', ['комбайнер']], ['телятниц', ['телятница']],
  ['птичниц', ['птичница']],
  ['банкир', ['банкир']], ['автор', ['автор']], ['проректор', ['ректор']], ['архитектор', ['архитектор']], ['очевид', ['очевидец']], ['свидетел', ['свидетель']],
  // People named by what they do or are to the story, not by a post ("Продавщица магазина рассказала", "Знакомый семьи").
  ['продавец', ['продавец']], ['продавц', ['продавец']], ['продавщиц', ['продавец']], ['пассажир', ['пассажир']],
  ['знаком', ['знакомый']], ['учительниц', ['учитель']], ['пациент', ['пациент']], ['прохож', ['прохожий']],
  // («Сторож садоводства рассказал», «Охранник кооператива пояснил», «Дежурный по станции объяснил»: the staff who keep a
  // gate, a door or a shift, words for a person; with none, «Сторож» and «Дежурный» were read as a body's name, and a body's
  // word after the trade word as part of it. «дежурный» in the masculine only: «Дежурная часть» is the police's body.
  // Forty-fourth session, dev d2470, d2472, d2474.)
  ['сторож', ['сторож']], ['охранник', ['охранник']], ['охранниц', ['охранник']], ['дежурный', ['дежурный']],
  ['дежурного', ['дежурный']], ['вахтер', ['вахтер']], ['вахтёр', ['вахтер']], ['контролер', ['контролер']],
  ['контролёр', ['контролер']], ['кондуктор', ['кондуктор']], ['санитар', ['санитар']],
  // («— рассказывает библиотекарь Остерского поселения Name Surname», «Библиотекарь рассказала»: a library's keeper, a
  // word for a person as a cashier's is; unknown, the tail's post was not read and the quote went to the body named
  // before. Forty-fifth session, test-63 r02; «Комендант общежития пояснила», the keeper of a hostel, likewise, else read
  // as a body's name: dev d2512, d2513. Two helpers added «библиотекарь» at once; the merge kept one entry.)
  ['библиотекар', ['библиотекарь']], ['комендант', ['комендант']],
];

/**
 * Roles that name people by what they do or are to the story, not by a post one person holds: described, with no name
 * and nobody in the text holding it, "Житель соседнего дома рассказал" is an unnamed source (a post alone, «Министр
 * заявил», is whoever holds it; nor are a profession's words, «аналитики компании», which speak for the company named
 * before; and a bare «— сказал водитель» is the one the text has been quoting).
 */
export const RU_PEOPLE_ROLES: ReadonlySet<string> = new Set(['житель', 'пенсионер', 'водитель', 'врач', 'медсестра', 'очевидец',
  'свидетель', 'продавец', 'пассажир', 'знакомый', 'учитель', 'пациент', 'прохожий', 'болельщик',
  // ("Аграрии говорят", "— сказал аграрий": farmers as a class, unnamed, like "фермеры".)
  'аграрий',
  // («Полицейский, дежуривший у подъезда, рассказал»: a policeman described, unnamed; thirty-first session, second round.)
  'полицейский',
  // («Доярка рассказала», «Инициатор петиции сообщил»: a farm's trades and whoever started a petition, described, unnamed;
  // thirty-fifth session.)
  'инициатор', 'доярка', 'животновод', 'тракторист', 'механизатор', 'комбайнер', 'телятница', 'птичница',
  // («Кассир рассказала», «Диспетчер рассказал», «Сторож садоводства рассказал», «Вахтер школы пояснила»: the staff a
  // station, a hall or a yard has at its window, door or desk, described with no name, unnamed as «Медсестра рассказала»
  // is; «Кассир театра рассказала» had been left unknown. Forty-fourth session, dev d2472, d2473, d2431.)
  'кассир', 'диспетчер', 'сторож', 'охранник', 'дежурный', 'вахтер', 'контролер', 'кондуктор', 'санитар',
  // (Forty-fifth session, dev d2512, d2513, test-63 r02: «Комендант общежития пояснила», «Библиотекарь пояснила», as
  // «Вахтер школы».)
  'комендант', 'библиотекарь']);

/** The roles a Russian word stands for ("замминистра" → заместитель, министр), or null. */
export function russianRoles(lower: string): readonly string[] | null {
  if (RU_LISTENERS.has(lower)) return null; // "сказал журналистам": whom it was told
  if (lower.startsWith('мэри') || lower.startsWith('акимат')) return null; // "мэрия", "акимат" are bodies, not a mayor
  // («В ректорате уточнили»: the rector's office, a body (RU_BODY_STEMS), not «ректор» with a case ending; forty-fifth session.)
  if (/^ректорат/u.test(lower)) return null;
  // "врача-педиатра", "инженера-механика": the first part names the role.
  if (lower.includes('-') && !/^(?:вице|топ|пресс|экс|генерал)-/u.test(lower)) {
    const first = russianRoles(lower.split('-')[0]!);
    if (first) return first;
  }
  // («вице-канцлер», «вице-консула»: «вице-» before a role the lists know by that very word is its deputy's post, as
  // «вице-премьер» and «вице-министр» are listed; thirty-second session. Guard: the role's own name opens the rest, so
  // «вице-спикер» is not read through whatever «спикер» stands for.)
  const vice = /^вице-(\p{Ll}+)$/u.exec(lower);
  if (vice && !ROLE_STEMS.some(([stem]) => lower.startsWith(stem))) {
    const base = russianRoles(vice[1]!);
    const own = base?.find((r) => vice[1]!.startsWith(r));
    if (own) return [`вице-${own}`];
  }
  // ("исследовательница", "руководительницы": a woman's word in -тельница for a role in -тель is that role.)
  const womans = /^(\p{Ll}{3,}тель)ниц(?:а|ы|е|у|ей)$/u.exec(lower);
  if (womans) {
    const role = russianRoles(womans[1]!);
    if (role) return role;
  }
  for (const [stem, roles] of ROLE_STEMS) {
    // "глав" and "посл" are short: only with a case ending ("главы", "посла"), not "главный", "после".
    if (lower.startsWith(stem) && lower.length - stem.length <= (stem.length <= 4 ? 2 : 3)) return roles;
  }
  // («Гидролог Казанского университета Name», «— уточнил эпидемиолог»: a scholar's or a doctor's word in «-олог» that
  // the lists above lack is that trade, a post. Thirty-sixth session, second round, dev d1841. Guard: not the words in
  // «-олог» for a text or a thing («пролог», «монолог», «некролог», «полог»), and a stem of two letters at least.)
  const scholar = /^(\p{Ll}{2,}олог)(?:а|у|ом|е|и|ов|ам|ами|ах)?$/u.exec(lower);
  if (scholar && !NOT_SCHOLARS.has(scholar[1]!)) return [scholar[1]!];
  return null;
}

/** Words in «-олог» that name no person: parts or kinds of a text, and a canopy. */
const NOT_SCHOLARS = new Set(['пролог', 'монолог', 'некролог', 'полог', 'эпилог']);

/** Every normalised Russian role, so that people.ts can tell a titled name. */
export const RU_ROLES: ReadonlySet<string> = new Set(ROLE_STEMS.flatMap(([, roles]) => roles));

/** Stems of unnamed sources ("источник в правительстве", "два собеседника"). */
// («Инсайдер клуба утверждает», «по словам инсайдера»: someone inside who leaks, in sports and business copy, an unnamed
// source as «источник в клубе» is; thirty-fifth session, dev d1710.)
export const RU_ANONYMOUS_STEMS = ['источник', 'собеседник', 'чиновник', 'сотрудник', 'сотрудниц', 'участник', 'человек', 'инсайдер'];

/** Stems of bodies that speak as one ("министерство", "ведомство", "в МИД"). */
export const RU_BODY_STEMS = ['банк', 'министерств', 'ведомств', 'правительств', 'кремл', 'минобороны', 'минэнерго', 'минфин',
  'минпромторг', 'минэкономразвития', 'минюст', 'мид', 'еврокомисси', 'комисси', 'пресс-служб', 'сторон', 'комитет',
  'посольств', 'совет', 'администраци', 'власт', 'парламент', 'дума', 'думы', 'думе', 'думу', 'генштаб', 'штаб', 'альянс', 'компани', 'банк',
  // Bodies of the state named by what they are ("в прокуратуре области", "Счетная палата", "антимонопольная служба").
  'прокуратур', 'служб', 'агентств', 'палат', 'инспекци', 'департамент', 'управлени', 'мэри',
  // (The police, whose words are its office's: «В полиции сообщили», «Как установили в полиции».)
  'полици',
  // Bodies of people that speak as one ("в ассоциации", "в пресс-службе театра").
  'ассоциаци', 'союз', 'профсоюз', 'регулятор', 'театр', 'музе', 'университет', 'институт', 'больниц', 'филармони',
  // Workplaces a release or a report speaks for ("На заводе заявили", "в сообщении пресс-службы вуза").
  'завод', 'комбинат', 'предприяти', 'клиник', 'вуз',
  // («В ректорате уточнили», «…, уточнили в ректорате»: a university's rector's office speaks for the university, as «вуз»
  // does; forty-fifth session, dev d2512, d2415. Not «ректор», a post: the stem with its «-ат».)
  'ректорат',
  // (A church's diocese, «В епархии подтвердили»; thirty-eighth session.)
  'епархи',
  // (A sports federation, «Областная федерация хоккея …», then «В федерации пояснили»: it speaks as one, as a union
  // does; it was a body's head word in the state-body pattern but no body word here; thirty-ninth session.)
  'федераци',
  // (A city's underground railway, run by one body: «По данным метрополитена», «В метрополитене сообщили»; thirty-seventh
  // session, test-55 r06.)
  'метрополитен',
  // ("уточнили в учреждении" after «… в ГОКУ «…»»: a public institution, the word a state-run body is called by once named.)
  'учреждени',
  // ("говорится в сообщении верфи" after "Окская судоверфь передала …": a shipyard, a workplace too.)
  'верф',
  // ("В клубе сообщили, что …": a sports club speaks as one.)
  'клуб',
  // («В фан-движении «…» рассказали», «в фан-клубе «…»», «в объединении «…»»: a movement, a fans' club or a union of
  // people, before its own name, speaks as one, not as a person of that name; thirty-third session, second round, d1608.
  // Not «движени» alone, which is traffic as often as a movement.)
  'фан-клуб', 'фан-движени', 'объединени',
  // ("В оппозиционной партии «…» считают": a party too; its cases, not "партизаны".)
  'партия', 'партии', 'партий', 'партию', 'партией',
  // ("По данным аэропорта Кольцово": an airport speaks as its operator.)
  'аэропорт',
  // ("Как сообщили в морском пароходстве", "В дирекции фестиваля подтвердили": a shipping line, a directorate; a city's
  // or a region's administration in Uzbekistan and Kazakhstan, "в хокимияте", "в акимате"; in Tajikistan, "Хукумат района
  // сообщил".)
  'пароходств', 'дирекци', 'хокимият', 'акимат', 'хукумат',
  // ("В исполкоме Лаишевского района сообщили": a district's executive committee, in Tatarstan and Belarus the local
  // administration.)
  'исполком',
  // ("В фонде считают", "в региональном фонде капремонта сообщили": a foundation or a fund speaks as one.)
  'фонд',
  // ("В заявлении профкома говорится": a trade-union committee, a union's body at a workplace.)
  'профком',
  // ("По оценке Аналитического центра при правительстве", "в Гидрометцентре": a centre, of research or of the state.)
  'центр',
  // ("В управе района пояснили", "…, уточнили в управе": a Moscow district's administration; its case forms only, not
  // «управляющая компания».)
  'управа', 'управе', 'управы', 'управу', 'управой',
  // (Forty-first session, test-59 r07: «Нарвская горуправа сообщила …. В горуправе добавили, что …»: a city's government in
  // Estonian and Latvian Russian-language copy, «горуправа», as «управа» is; its case forms only. The trailing frame had
  // found no body and the clause was lost.)
  'горуправа', 'горуправе', 'горуправы', 'горуправу', 'горуправой',
  // (Forty-fourth session, fifteenth Russian speaker probe: «сообщили в примэрии Бельц», «…, уточнили в примэрии»: a
  // Moldovan city's government, as «мэрия» is; «…, напоминают в водоканале» after «Котельничский водоканал»: a water
  // utility speaks as one. The trailing frame had found no body and the clause was lost (dev d2450, d2454).)
  'примэри', 'водоканал',
  // ("В пресс-службе лиги сообщили", "в лиге напомнили": a league, of sport or of voters, speaks as one; its case forms only.)
  'лига', 'лиги', 'лиге', 'лигу', 'лигой',
  // ("В городском лесничестве сообщили", "в лесхозе пояснили": a forestry office speaks as one.)
  'лесничеств', 'лесхоз',
  // (Thirty-eighth session: «…, уточнили в облизбиркоме», «в горизбиркоме», «в авиаотряде»: an election commission by its
  // short name and an aviation detachment speak as one; the trailing frame had found no body and the clause was lost.)
  'избирком', 'облизбирком', 'горизбирком', 'авиаотряд',
  // («сообщили в Забайкальской базе авиационной охраны лесов …. В базе … заверили»: a base of a service, its case forms
  // only, not «базар», «базис»; thirty-first session.)
  'база', 'базы', 'базе', 'базу', 'базой',
  // ("Как пояснили в Даугавпилсском самоуправлении": a municipality in Latvia, a city's own government, speaks as one;
  // not its genitive, "органы местного самоуправления", bodies of a kind.)
  'самоуправление', 'самоуправлении', 'самоуправлению',
  // ("…, пояснили в теплоснабжающей организации", "В ресурсоснабжающей организации сообщили": a body named by what it
  // supplies speaks as one; its singular case forms only, not «организаций», bodies of a kind.)
  'организация', 'организации', 'организацию', 'организацией',
  // («В зоопарке сообщили»: a zoo speaks as one, as a museum does; a park's word, RU_PARK_FORMS.)
  'зоопарк',
  // (Forty-second session: «В кооперативе пообещали» after «Кооператив «…» снизил цену»: a co-op of farmers or of owners
  // speaks as one, as a union does; the business the text named, BUSINESS_WORDS in russian.ts.)
  'кооператив',
  // (Forty-fourth session, dev d2470: «В товариществе пообещали» after «Садоводческое товарищество «…»», a partnership of
  // owners, as a co-op is; the sentence had been read as no statement.)
  'товариществ'];

/** "парк" is short ("парковка", "паркет"): only its case forms make a body ("…, уточнили в парке" after «в пресс-службе
 * парка флоры и фауны «…»»: a park that keeps animals or runs grounds speaks as one). */
export const RU_PARK_FORMS: ReadonlySet<string> = new Set(['парк', 'парка', 'парке', 'парку', 'парком']);

/** "порт" is short ("портал", "портрет"): only its case forms make a body ("Как сообщили в морском порту"). */
export const RU_PORT_FORMS: ReadonlySet<string> = new Set(['порт', 'порта', 'порту', 'порте', 'портом']);

/** "суд" is short: only its case forms make a body ("решение суда"), never "судья". */
export const RU_COURT_FORMS: ReadonlySet<string> = new Set(['суд', 'суда', 'суде', 'суду', 'судом']);

/**
 * Whom a speaker told, not who spoke ("— сказал РБК Журавлев", "сообщили “Ъ” в прокуратуре"): stems of outlets and
 * the words copy uses for them.
 */
export const RU_MEDIA_STEMS = ['риа', 'тасс', 'интерфакс', 'рбк', 'ведомост', 'коммерсант', 'извести', 'новост', 'ъ',
  'рг', 'медуз', 'фонтанк', 'спорт-экспресс'];
export const RU_LISTENERS: ReadonlySet<string> = new Set(['журналистам', 'журналисту', 'агентству', 'изданию', 'газете',
  'корреспонденту', 'корреспондентам', 'редакции', 'телеканалу', 'радиостанции', 'нашему', 'нашей', 'порталу', 'репортерам',
  // ("— пишет нам подписчица": a channel's own readers write to "us".)
  'нам', 'мне',
  // («В пресс-службе клуба нашему сайту сообщили», «рассказал журналу»: a site or a magazine told; thirtieth session.)
  'сайту', 'журналу', 'еженедельнику']);

/**
 * Nouns for documents a body or person issues: "согласно отчету X", "по данным X", "как следует из доклада X",
 * "говорится в сообщении X" make X the source.
 */
export const RU_DOCUMENT_STEMS = ['законопроект', 'проект', 'отчетност', 'отчётност', 'данн', 'отчет', 'отчёт', 'доклад', 'сообщени', 'заявлени', 'документ', 'письм', 'материал',
  'решени', 'исследовани', 'опрос', 'обзор', 'мониторинг', 'расчет', 'расчёт', 'прогноз', 'статистик', 'релиз', 'пресс-релиз',
  'публикаци', 'презентаци', 'справк', 'постановлени', 'приказ', 'протокол', 'записк', 'информаци', 'оценк', 'заключени',
  'ответ', 'иск', 'жалоб', 'обращени', 'телеграм-канал',
  // A reply on a bill and a petition ('В отзыве правительства отмечается', 'В петиции говорится').
  'отзыв', 'петици',
  // A regulator's acts ("из проекта указания ЦБ", "распоряжения правительства").
  'указани', 'распоряжени',
  // A prosecutor's or an inspector's act to a firm ("В представлении говорится", "в предписании инспекции указано").
  'представлени', 'предписани',
  // A laboratory's or an expert's findings («По данным радиоуглеродного анализа», «по данным экспертизы»): a document of its
  // own, an unnamed source when no one is named with it.
  'анализ', 'экспертиз'];

/** Pronouns that stand for a speaker ("она отметила", "по его словам"). */
export const RU_PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they'>> = {
  он: 'he', она: 'she', его: 'he', ее: 'she', её: 'she', их: 'they', они: 'they',
};

/** Prepositions: a speaker phrase holds one only inside a title ("представитель России в Женеве"). */
export const RU_PREPOSITIONS = new Set(['в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'о', 'об', 'для', 'из', 'от', 'у',
  'за', 'при', 'после', 'перед', 'через',
  // ("Над «Прибоем» он работал четыре года": a sentence opening with one of these and a title in guillemets names no one.)
  'над', 'про', 'без', 'до', 'между', 'среди', 'около', 'возле', 'против', 'вместо']);

/** Words between a speaker and the verb, or after the verb, that name no one. */
export const RU_TRAILERS = new Set(['не', 'также', 'ранее', 'уже', 'вновь', 'снова', 'тогда', 'же', 'лишь', 'еще', 'ещё',
  // (How it was said, between the speaker and the verb: «Директор компании Name мне прямо сказал: «…»».)
  'прямо', 'честно', 'откровенно', 'открыто', 'коротко',
  // («Компания официально сообщила, что …»: read as «Компания» «официально», a body the text never named; thirty-second
  // session, dev d1521.)
  'официально', 'публично', 'письменно']);

/**
 * Stems of Russian words for a kind of business, in any case after them: a body's name follows the word, in «…»
 * («Перевозчик «Саха Карго»», russian-legal-form-names.ts) or in Latin letters («концерн Siemens Healthineers»,
 * russian-latin-body-name.ts). The two lists were written apart (thirty-first and thirty-fourth sessions); the
 * thirty-fourth session's second round made them this one. No person's trade («водитель», «фермер»).
 */
export const RU_BUSINESS_KIND_STEMS: readonly string[] = ['компани', 'концерн', 'корпораци', 'холдинг', 'агрохолдинг', 'перевозчик',
  'застройщик', 'подрядчик', 'поставщик', 'производител', 'девелопер', 'ритейлер', 'дистрибьютор', 'страховщик', 'оператор'];

/** A Russian company's legal form before its «name» («АО «…»», «ИК «…»», investment and managing companies too). */
// (ГК, a group of companies, «ГК «…»»; ОАХК / АХК / ХК, a joint-stock holding company, as Tajik and other CIS state
// companies are formed, «ОАХК «…»»: forms too, thirty-first session.)
export const RU_LEGAL_FORM = /^(?:П?АО|ООО|ОАО|ЗАО|НАО|АНО|НКО|ФГУП|ФГБУ|ГБУ|МУП|ГУП|НПО|ПК|ИК|УК|ГК|О?А?ХК)$/u;
