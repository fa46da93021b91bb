/** "Elena Duarte is editing", "Elena Duarte and Omar Haddad are editing", "A, B and 2 others are editing"; '' for nobody. */
export function presenceSentence(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} is editing`;
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are editing`;
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} others are editing`;
}
