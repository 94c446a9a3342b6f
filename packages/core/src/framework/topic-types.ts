/**
 * The shape of a framework topic, as `onsite framework [topic]` and the web's framework pages
 * read it. Plain text only: presentation (colour, layout) belongs to whoever displays it.
 */

export interface TopicSection {
  heading: string;
  lines: string[];
}

export interface FrameworkTopic {
  /** kebab-case, unique across every topic registry (framework, companies, questions). */
  id: string;
  title: string;
  summary: string;
  render(): TopicSection[];
}

export function formatRange(range: { min: number; max: number | null }, unit = ''): string {
  const suffix = unit ? ` ${unit}` : '';
  if (range.max === null) return `${range.min}+${suffix}`;
  if (range.min === range.max) return `${range.min}${suffix}`;
  return `${range.min}–${range.max}${suffix}`;
}

/** Seconds as "30 s", "2 min", "2 min 30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function bullet(text: string): string {
  return `- ${text}`;
}
