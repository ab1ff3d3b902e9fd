const FILLED = '▰';
const EMPTY = '▱';

/**
 * A rating drawn and labelled: `▰▰▰▱ High` on a four-step scale. The bar shows the position on
 * the guide's scale, the label keeps it readable for screen readers and in notifications.
 */
export function ratingBar(rating: string, scale: readonly string[]): string {
  const position = scale.indexOf(rating);
  if (position < 0) return rating;
  return `${FILLED.repeat(position + 1)}${EMPTY.repeat(scale.length - position - 1)} ${rating}`;
}
