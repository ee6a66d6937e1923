/**
 * Whether a Russian post as printed is in a state body or in a business: «начальник управления образования администрации
 * города», «министр …», «…облисполкома» is the state's; «генеральный директор АО «…»», «директор частного предприятия» a
 * business's. A later «По словам чиновника» means the latest speaker whose post is the state's, not a contractor or a
 * parents' committee head named since; «Глава компании добавил», the latest whose post is a business's, not a minister
 * named since; «Полицейский уточнил», the latest whose post is the police's (asked for only then: a police post is the
 * state's otherwise). (Thirty-first session, second round: d1449, d1492, d1494, d1496.)
 * Guards: a business's mark wins over a state body's word («директор МУП «…» при администрации»: a business); a parents'
 * or a house committee is neither; a post that names neither is neither, and the reading falls back to the latest speaker.
 */
export function russianPostKind(printed: string, police = false): 'state' | 'business' | 'police' | null {
  const lower = printed.toLowerCase();
  // («Полицейский уточнил»: a post in the police, «отдела ГИБДД», «ОМВД», «участковый уполномоченный полиции».)
  if (police && /полици|гибдд|госавтоинспекц|(?:^|[\s«"])(?:мвд|омвд|умвд|гувд|овд|дпс|оп)(?=[\s»"]|$)|участков/u.test(lower)) return 'police';
  if (/(?:^|[\s«"])(?:ао|ооо|пао|зао|оао|ип|муп|гуп|нко)(?=[\s«"]|$)|компани|завод|предприяти|фирм|банк|холдинг|комбинат|концерн|корпораци|частн|терминал|магазин|фабрик|агрохолдинг|застройщик|подрядчик/u.test(lower)) return 'business';
  if (/администраци|министерств|министр|минобр|минздрав|минпром|минтранс|минфин|минэконом|правительств|облисполком|райисполком|горисполком|мэри[ия]|департамент|ведомств|губернатор|(?:^|\s)мэр(?:а|ом|у)?(?:\s|$)|префектур|управ[аые](?:\s|$)|прокуратур|госкомитет|аппарат[а-я]* (?:главы|губернатора|правительства)/u.test(lower)) return 'state';
  return null;
}

/** «Глава компании», «руководитель предприятия», «глава завода»: a head's word with a business's noun after it. */
export function businessHeadWanted(printed: string): boolean {
  return /^(?:глав[аеуы]|руководител[ьяюем]+)\s+(?:компании|предприятия|завода|фирмы|банка|холдинга|комбината|концерна|корпорации|фабрики|застройщика|подрядчика)$/u.test(printed.toLowerCase().trim());
}
