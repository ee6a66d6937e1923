// A reported clause of two words that closes its sentence: «…, что документ обсуждается», «…, что занятия добровольные»,
// «сообщили, что проведут проверку», «…, что решение принято» (thirty-first session). The clause rules want three words at
// least, so that a verb's object or an aside after «что» is not read as what was said; two lower-case words that end the
// sentence, a subject and its predicate or a verb and its object, are a whole clause.
// Guards: both words lower-case Cyrillic of three letters at least (no names, no «ИП»); the clause ends at a full stop or
// «!» (no tail, no aside, no «и …» after it); neither word a pronoun, adverb or particle («что это так», «что пока
// думает», «что их нет», «что уходит сам», «что все понятно»), which leave the clause short of its content.
import type { WrittenWord } from './written-word.ts';

const NOT_CONTENT = new Set([
  'это', 'этого', 'этом', 'этим', 'эти', 'этот', 'эта', 'тот', 'так', 'как', 'там', 'тут', 'здесь', 'где', 'когда', 'кто', 'что', 'чем',
  'она', 'оно', 'они', 'его', 'ее', 'её', 'их', 'ему', 'ей', 'им', 'нам', 'вам', 'меня', 'нас', 'вас', 'себя', 'сам', 'сама', 'сами', 'само',
  'все', 'всё', 'всех', 'всем', 'весь', 'вся', 'пока', 'еще', 'ещё', 'уже', 'тоже', 'также', 'давно', 'скоро', 'вскоре', 'потом',
  'больше', 'меньше', 'очень', 'совсем', 'вообще', 'может', 'можно', 'нужно', 'надо', 'нельзя', 'ничего', 'никого', 'никто', 'нет',
  'был', 'была', 'было', 'были', 'будет', 'будут', 'есть', 'либо', 'или', 'тогда', 'теперь', 'сейчас', 'сегодня', 'завтра', 'вчера',
  'обязательно', 'конечно', 'именно', 'только', 'лишь', 'даже', 'почти', 'снова', 'опять', 'сразу', 'такой', 'такая', 'такие', 'такое',
]);

/** Whether two words, which `after` (the text right after them) shows end their sentence, are a whole reported clause. */
export function isTwoWordClause(words: readonly WrittenWord[], after: string): boolean {
  if (words.length !== 2) return false;
  if (!/^\s*[.!]/u.test(after)) return false;
  return words.every((w) => /^[а-яё][а-яё-]{2,}$/u.test(w.text) && !NOT_CONTENT.has(w.lower));
}
