// Fortieth session (d2231): "Staff at the house's studio on Via Solferino, who asked not to be named …, said …. …, they
// said.": capitalised words opened by another language's word for a street or a square ("Via", "Rue", "Calle", "Piazza")
// are an address, not a person named beside the sentence's subject; noted as one, the street stood between the unnamed
// group and the "they" that means it. English streets end in their word ("Solferino Street") and are read so already.
// Guards: the word first, capitalised, and followed by at least one more capitalised word ("Via Solferino"); a lone "Via"
// or a person whose given name is one of these words written alone is not touched.

const STREET_OPENERS = new Set(['Via', 'Viale', 'Corso', 'Piazza', 'Piazzale', 'Rue', 'Avenida', 'Calle', 'Carrer', 'Avinguda',
  'Rua', 'Praça', 'Plaza', 'Paseo', 'Boulevard', 'Strada', 'Ulica', 'Aleja', 'Straße', 'Strasse', 'Platz']);

/** Whether the name's words are a street's or a square's in another language: "Via Solferino", "Rue de Rivoli". */
export function isStreetInAnotherLanguage(name: readonly string[]): boolean {
  return name.length >= 2 && STREET_OPENERS.has(name[0]!) && /^\p{Lu}/u.test(name.at(-1)!);
}
