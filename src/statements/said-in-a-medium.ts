// "Akagera Dairy Processors said in a statement that its plant was …": the medium a speaker said it in, set between the
// verb and "that", does not change who "its" points back to: the speaker is a body, as in "X said its plant was …".

/** The source of a pattern for " in a statement", " in an emailed release", " in a written notice" (optional in use). */
export const IN_A_MEDIUM = "\\s+in\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:statement|email|e-mail|release|notice|filing|post)";
