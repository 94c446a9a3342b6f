/**
 * The Markdown export's zip on its own: what goes in, what a received archive may hold, and the
 * refusals for archives that are not ours or would unpack to too much.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/services/import';
import { readMarkdownZip } from '../src/services/markdown-import';
import { unzipMarkdownFiles, zipMarkdownFiles } from '../src/services/markdown-zip';

const STORY_MD =
  '---\nid: s1\ntitle: Cut checkout latency\n---\n# Cut checkout latency\n\n## Situation\n\nSlow.\n';

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

/** Central-directory entries: signature 0x02014b50; the uncompressed size sits 24 bytes in. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 4 <= copy.length; offset++) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, size, true);
  }
  return copy;
}

describe('zipMarkdownFiles / unzipMarkdownFiles', () => {
  it('puts every file in one folder and reads them back by their names inside it', () => {
    const files = [
      { name: 'cut-checkout-latency-s1.md', text: STORY_MD },
      { name: 'onsite-data.json', text: '{"é":"ü ✓"}' },
    ];
    const zip = zipMarkdownFiles('onsite-export-x', files);
    expect(Object.keys(unzipSync(zip))).toEqual(files.map((f) => `onsite-export-x/${f.name}`));
    expect(unzipMarkdownFiles(zip)).toEqual(files);
  });

  it('accepts files at the top or in one folder, and skips directories, __MACOSX and subfolders', () => {
    const top = zipSync({ 'a.md': strToU8(STORY_MD), 'notes/b.md': strToU8('nested') });
    expect(unzipMarkdownFiles(top).map((f) => f.name)).toEqual(['a.md']);
    const folder = zipSync({
      'vault/': new Uint8Array(),
      'vault/a.md': strToU8(STORY_MD),
      'vault/deeper/c.md': strToU8('nested'),
      '__MACOSX/vault/._a.md': strToU8('resource fork'),
    });
    expect(unzipMarkdownFiles(folder).map((f) => f.name)).toEqual(['a.md']);
  });

  it('refuses bytes that are not a zip', () => {
    const error = refusal(() => unzipMarkdownFiles(strToU8('{"format":"onsite-export"}')));
    expect(error.code).toBe('not_an_export');
    expect(error.message).toMatch(/not a readable zip/);
  });

  it('refuses an archive over the entry or size limits before inflating anything', () => {
    const zip = zipSync({ 'a.md': strToU8(STORY_MD), 'b.md': strToU8(STORY_MD) });
    expect(refusal(() => unzipMarkdownFiles(zip, { maxEntries: 1, maxInflatedBytes: 1e9 })).message).toMatch(
      /more than 1 files/,
    );
    expect(refusal(() => unzipMarkdownFiles(zip, { maxEntries: 10, maxInflatedBytes: 100 })).message).toMatch(
      /unpacks to more than 100 bytes/,
    );
  });

  it('believes no header: an entry declaring 4 GB is refused at the default limit', () => {
    const bomb = declareSize(zipSync({ 'a.md': strToU8(STORY_MD) }), 0xfffffff0);
    expect(refusal(() => unzipMarkdownFiles(bomb)).message).toMatch(/unpacks to more than/);
  });

  it('an entry that declares less than it holds is cut short, never grown', () => {
    const liar = declareSize(zipSync({ 'a.md': strToU8(STORY_MD) }), 10);
    expect(unzipMarkdownFiles(liar)).toEqual([{ name: 'a.md', text: STORY_MD.slice(0, 10) }]);
  });
});

describe('readMarkdownZip', () => {
  it('reads stories from the .md files, naming each record after its file', () => {
    const source = readMarkdownZip(zipMarkdownFiles('x', [{ name: 'a.md', text: STORY_MD }]));
    expect(source.document.stories).toEqual([
      expect.objectContaining({ id: 's1', title: 'Cut checkout latency', situation: 'Slow.' }),
    ]);
    expect(source.sourceOf('stories', 0)).toBe('a.md');
    expect(source.errors).toEqual([]);
  });

  it('refuses a zip that holds nothing of an export', () => {
    const other = zipSync({
      'photo.jpg': new Uint8Array([1, 2, 3]),
      'a/b.md': strToU8('x'),
      'c/d.md': strToU8('y'),
    });
    expect(refusal(() => readMarkdownZip(other)).message).toMatch(/no \.md files and no onsite-data\.json/);
  });
});
