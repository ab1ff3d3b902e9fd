/**
 * Lower-cases the first letter so a label reads inside a sentence ("System administrator" →
 * "system administrator"), but leaves a first word with other capitals alone ("DevOps", "AWS").
 */
export function lowerFirst(text: string): string {
  const firstWord = /^\S*/.exec(text)?.[0] ?? '';
  const [first = '', ...rest] = Array.from(firstWord);
  if (rest.join('') !== rest.join('').toLowerCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}
