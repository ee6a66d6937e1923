// Given names whose bearer's gender news copy can take for granted: in the Latin spellings English-language outlets
// print, and common Russian ones. The resolver asks this only when the text itself marks nothing (no "Ms", no "her
// brother", no Russian surname ending by gender): it decides which earlier person "she" or "he" can be ("Maria Lopez …
// Paul Grant said … 'Q,' she said" is Lopez). Names borne by both sexes in common use (Alex, Sasha, Jordan, Andrea,
// Jean, Nikita, Jan, Kim, Kerry) are left out: for them the pronoun decides nothing.

const FEMALE = `
abigail ada adriana agnes aisha alejandra alexandra alice alicia alina alison amanda amelia amina amy ana anastasia
angela angelica anita ann anna anne annette antonia aurora barbara beatrice beatriz bianca bridget brigitte camila
carla carmen carol caroline catherine cecilia charlotte chiara chloe christina christine claire clara claudia
cristina daniela deborah denise diana dolores dorothy eleanor elena elif elisabeth eliza elizabeth ella ellen
elsa emily emma erika esther eva eve fatima fatma fiona florence francesca gabriela gloria grace hanna hannah
heather helen helena ingrid irene irina isabel isabella jacqueline jane janet jennifer jessica joan joanna
josephine joyce judith julia juliana julie karen katarzyna katherine kathleen katrin laura lauren leila
lena linda lisa lucia lucy luisa lydia magdalena margaret margarita maria marie marina marta martha mary maya
megan melissa mia michelle monica nadia nancy natalia natasha nicole nina nora olena olga olivia patricia paula
pauline priya rachel rebecca rita rosa rose ruth sabrina samantha sandra sara sarah sofia sophie stephanie susan
svetlana sylvia tamara tatiana teresa theresa tina ursula valentina valeria vanessa veronica victoria virginia
wendy yasmin yulia yvonne zainab zeynep zoe
birgit sabine petra heike silke monika gudrun kerstin annika astrid sigrid karin kirsten britta renate ulrike susanne
kate katie kathy sue sally jill gill jenny liz beth bethan sian gwen carys ffion nia cerys siobhan aoife niamh kirsty
shona morag tracey sharon debbie mandy jackie maggie molly polly maureen doreen marjorie janice lorraine gail joanne
hazel imogen harriet phoebe georgia rosie ellie isla freya bronwen eileen brenda sheila shirley pamela valerie
fenella philippa rosalind arabella henrietta penelope tabitha morwenna isobel ailsa hermione clementine jemima felicity
`;

const MALE = `
aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto aleksandr alexander alexei ali andreas andrei
andrew andriy angelo anthony antonio arjun arthur benjamin bernard boris brian bruce carl carlos charles
christian christopher colin craig daniel darren david dennis diego dmitry dominic donald douglas duncan edward
emmanuel enrique eric ernesto fernando francis francisco frank gareth gary george gerald giovanni giuseppe graham
gregory hans harry hassan henry hugh hussein ian ibrahim igor ivan jack jacob james javier jeffrey jesus john
jonathan jorge jose joseph juan karl keith kenneth kevin khalid klaus lars lawrence leonard luis luke marco marcus
mark martin matthew michael miguel mikhail mohamed mohammad mohammed muhammad mustafa nathan neil nicholas nigel
oleksandr oleg omar oscar patrick paul pavel pedro peter philip pierre rafael ramon raymond richard robert roberto
roger ronald russell ryan samuel sean sergei sergey simon stefan stephen steven stuart thomas timothy tomas
trevor vasyl victor viktor vikram vincent vladimir walter william yusuf yuri
tom tommy jim jimmy bob bobby rob bill billy dave mike mick steve pete phil tony ted ben joe dan danny nick ron ken
dai rhys dafydd gethin huw gwyn emyr alun conor connor liam declan ciaran niall eoin padraig hamish angus gavin dermot
stan stanley fred alfred reg derek barry kieran shaun wayne callum harvey gordon malcolm kenny norman geoff geoffrey
`;

// Russian given names, for surnames that do not end by gender ("Андрей Лысенко", "Ирина Шевчук").
// (Thirty-sixth session: «пианистка филармонии Лилия Ким», a short surname of no gender after a post and whose it is, was
// read as no one until the given name was known.)
const FEMALE_RU = `
александра алина алла анастасия анна антонина валентина валерия вера виктория галина дарья диана екатерина елена
елизавета жанна зоя инна ирина карина кристина ксения лариса лидия любовь людмила маргарита марина мария надежда
наталья наталия нина оксана олеся ольга полина раиса светлана софия софья тамара татьяна ульяна юлия яна
маша даша катя настя оля наташа таня света аня юля ира галя надя люба соня ксюша
лилия
`;

const MALE_RU = `
александр алексей анатолий андрей антон аркадий артём артем борис вадим валентин валерий василий виктор виталий
владимир владислав вячеслав геннадий георгий глеб григорий даниил денис дмитрий евгений егор иван игорь илья кирилл
константин лев леонид максим михаил николай олег павел пётр петр роман руслан сергей станислав степан тимур фёдор
федор юрий ярослав
петя ваня миша дима коля вова серёжа сережа лёша леша паша гриша костя витя толя федя стёпа
`;

const GENDER_OF_GIVEN_NAME: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...FEMALE.split(/\s+/u).filter(Boolean).map((name) => [name, 'f'] as const),
  ...MALE.split(/\s+/u).filter(Boolean).map((name) => [name, 'm'] as const),
  ...FEMALE_RU.split(/\s+/u).filter(Boolean).map((name) => [name, 'f'] as const),
  ...MALE_RU.split(/\s+/u).filter(Boolean).map((name) => [name, 'm'] as const),
]);

/** "f" for "Maria Lopez" or "Ирина Шевчук", "m" for "Paul Grant" or "Андрей Лысенко"; null for a name not listed or borne by both. */
export function givenNameGender(fullName: string): 'm' | 'f' | null {
  const first = fullName.split(' ')[0]!;
  return GENDER_OF_GIVEN_NAME.get(first.toLowerCase()) ?? null;
}
