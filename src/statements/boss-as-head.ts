// "The boss said" (read as the role "manager", ROLE_SYNONYMS) after a text named its chief executive, managing
// director or chairman, and no manager: the one who heads the business. British business copy calls a chief
// executive "the boss" as sports copy calls a team's manager so; a manager the text names still comes first.

/** Posts of one who heads a business or a body, as English copy prints them (roles as parsed, "chief executive" → chief, executive). */
const HEAD_ROLES = new Set(['chief', 'ceo', 'executive', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson', 'president',
  'founder', 'owner', 'proprietor', 'principal', 'manager']);

/** Whether a title is the bare "boss" / "manager" a head of the business may be called by. */
export function isBossTitle(roles: readonly string[]): boolean {
  return roles.length === 1 && roles[0] === 'manager';
}

/** Whether a person's titles make them one who heads something. */
export function headsSomething(titles: readonly { roles: readonly string[] }[]): boolean {
  return titles.some((t) => t.roles.some((r) => HEAD_ROLES.has(r)));
}
