// «сообщили в МУП «Водоканал Махачкалы»», «в ООО «Теплосеть Рыбинска»»: after «в», a legal form and the capitalised words
// of the business's own name (its guillemets gone from the phrase's words) are all one body, the place in its name too;
// not a business «МУП «Водоканал»» and a surname, nor a person, whom no one is ever «в».

import type { Token } from './speaker-phrase.ts';
import { isInstitutionForm } from './russian-institution-form.ts';
import { RU_LEGAL_FORM } from './vocabulary-ru.ts';

/** Whether `tokens` (a speaker phrase after «в», without it) are a legal form and two to four capitalised words of a name. */
export function isLegalFormAndName(tokens: readonly Token[], isPost: (t: Token) => boolean): boolean {
  // (A public institution's form too, «в ФКУ Упрдор «Кола»», «в ГКУ Мосавтодор «Север»»: russian-institution-form.ts;
  // thirty-first session.)
  return tokens.length >= 3 && tokens.length <= 5 && (RU_LEGAL_FORM.test(tokens[0]!.text) || isInstitutionForm(tokens[0]!.text))
    && tokens.slice(1).every((t) => /^\p{Lu}/u.test(t.text) && !isPost(t));
}
