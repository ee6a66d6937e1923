// "A WhatsApp message circulated among tenants and seen by this newspaper says …", "a Telegram message to members":
// the capitalised word before a document's noun is read as its maker ("a Treasury memo", "an Ofcom report"), but a
// messaging service or social network is only the medium the words went by; the message's author is whoever the text
// says sent it, else no one named (forty-fifth session, the eighteenth English unnamed probe's d2505). A closed list of
// services; they make no documents of their own in news copy ("WhatsApp said in a statement" is a speaker phrase, not
// a document's, and is left alone).
const MESSAGING_SERVICES = new Set(['whatsapp', 'telegram', 'signal', 'viber', 'wechat', 'messenger', 'imessage', 'sms',
  'facebook', 'instagram', 'snapchat', 'slack', 'discord', 'line', 'kakaotalk']);

/** Whether a capitalised word before a document's noun (a message, an email) is the service it went by. */
export function isMessagingMedium(word: string): boolean {
  return MESSAGING_SERVICES.has(word.toLowerCase());
}
