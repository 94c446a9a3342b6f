/**
 * One story as a Markdown file and back: metadata as YAML frontmatter, the STAR+ and power-story
 * fields as `## Situation` … sections, and the file's name.
 *
 * Lossless rules: a field's text sits between its heading's blank line and the blank line before
 * the next heading, byte for byte; a line of text that itself starts with `## ` is written with a
 * backslash in front (Markdown's own escape, so it still reads as plain text) and read back
 * without it. Empty fields have no section. File names are never read back: the id is in the
 * frontmatter, so renaming a file in Obsidian is harmless.
 */
import { Document, parse as parseYaml, visit } from 'yaml';
import type { StoryRecord } from './export-sections/story';
import { STORY_TEXT_FIELDS, type StoryTextField } from './story-schema';

const HEADINGS: Record<StoryTextField, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learnings: 'Learnings',
  leadershipDimension: 'Leadership dimension',
  strategicImplication: 'Strategic implication',
  context: 'Context',
  principle: 'Principle',
  concept: 'Concept',
  application: 'Application',
  impact: 'Impact',
};
const FIELD_OF_HEADING = new Map(STORY_TEXT_FIELDS.map((field) => [HEADINGS[field], field]));
const HEADING_LINE = /^## (.+?)\r?$/;

/** The frontmatter keys, in the order they are written. */
const FRONTMATTER_KEYS = [
  'id',
  'title',
  'tags',
  'principles',
  'targetLevel',
  'metrics',
  'version',
  'createdAt',
  'updatedAt',
] as const;

/**
 * Whether a YAML block scalar would lose this text: the yaml package writes `|+` without an
 * indentation indicator when the first line with content comes after a line of only spaces or
 * tabs (or there is none), and reading it back drops those spaces (" \n\n" → "\n\n").
 */
function blockScalarLoses(text: string): boolean {
  if (!text.includes('\n')) return false;
  const lines = text.split('\n');
  const firstContent = lines.findIndex((line) => /[^ \t\r]/.test(line));
  return (firstContent === -1 ? lines : lines.slice(0, firstContent)).some((line) => /[ \t]/.test(line));
}

/** The frontmatter as YAML, such text double-quoted (escaped, so exact) instead of a block. */
function frontmatterYaml(frontmatter: Record<string, unknown>): string {
  const document = new Document(frontmatter);
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && blockScalarLoses(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}

const escapeLine = (line: string) => (/^\\*## /.test(line) ? `\\${line}` : line);
const unescapeLine = (line: string) => (/^\\+## /.test(line) ? line.slice(1) : line);

/** One story as a Markdown document (without its analysis, which goes to onsite-data.json). */
export function storyToMarkdown(story: StoryRecord): string {
  const frontmatter = Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, story[key]]));
  const parts = [`---\n${frontmatterYaml(frontmatter)}---\n`];
  // A readable title for Obsidian's preview; the frontmatter's title is the one that is imported.
  parts.push(`# ${story.title.replace(/\s+/g, ' ').trim()}\n`);
  for (const field of STORY_TEXT_FIELDS) {
    const text = story[field];
    if (text === '') continue;
    parts.push(`## ${HEADINGS[field]}\n\n${text.split('\n').map(escapeLine).join('\n')}\n`);
  }
  return parts.join('\n');
}

/**
 * A story's fields from its Markdown (frontmatter and sections), not yet validated: import checks
 * it with the story schema like any other record. Throws an Error saying what is wrong.
 */
export function parseStoryMarkdown(text: string): Record<string, unknown> {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Our files use \n; one that opens with \r\n was saved by a Windows editor, which converted
  // every line ending, so all of them go back to \n (text of our own keeps its \r untouched).
  const normalised = unmarked.startsWith('---\r\n') ? unmarked.replaceAll('\r\n', '\n') : unmarked;
  const open = /^---\r?\n/.exec(normalised);
  const close = open ? /\r?\n---\r?\n/.exec(normalised.slice(open[0].length - 1)) : null;
  if (!open || !close) throw new Error('no YAML frontmatter (the file must start with a --- block)');
  const yamlStart = open[0].length;
  const yamlEnd = open[0].length - 1 + close.index;
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(normalised.slice(yamlStart, yamlEnd));
  } catch (error) {
    throw new Error(
      `frontmatter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`,
    );
  }
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
    throw new Error('frontmatter must be a YAML mapping (id: …, title: …)');
  }
  const body = normalised.slice(yamlEnd + close[0].length);
  const story: Record<string, unknown> = { ...frontmatter };
  for (const field of STORY_TEXT_FIELDS) story[field] = '';
  const lines = body.split('\n');
  let field: StoryTextField | undefined;
  let content: string[] = [];
  const flush = () => {
    if (field === undefined) return;
    let text = content.map(unescapeLine).join('\n');
    // The blank line after the heading and the one before the next heading are layout, not text.
    if (text.startsWith('\n')) text = text.slice(1);
    if (text.endsWith('\n')) text = text.slice(0, -1);
    if (story[field] !== '') throw new Error(`the section "## ${HEADINGS[field]}" appears twice`);
    story[field] = text;
  };
  for (const line of lines) {
    const heading = HEADING_LINE.exec(line)?.[1];
    const next = heading === undefined ? undefined : FIELD_OF_HEADING.get(heading);
    if (next !== undefined) {
      flush();
      field = next;
      content = [];
    } else if (field !== undefined) {
      content.push(line);
    }
  }
  flush();
  return story;
}

/**
 * `<slug of the title>-<first 8 characters of the id>.md`. The slug keeps letters and digits of
 * any script (Obsidian and every current file system take them) and turns everything else into
 * `-`, so no character Windows or macOS refuse (`<>:"/\\|?*`, controls) reaches the name.
 * Latin accents are dropped (café → cafe) to keep names easy to type.
 */
export function storyFileName(story: { id: string; title: string }, taken: Set<string>): string {
  const words = story.title
    .normalize('NFKD')
    // Only marks on Latin letters go: in other scripts (Devanagari vowel signs…) they are the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, never inside a surrogate pair.
  const slug = Array.from(words).slice(0, 60).join('').replace(/-+$/, '') || 'story';
  const short = story.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'story';
  // Case-insensitive: macOS and Windows file systems treat A.md and a.md as one file.
  for (let n = 1; ; n += 1) {
    const name = `${slug}-${short}${n === 1 ? '' : `-${n}`}.md`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
