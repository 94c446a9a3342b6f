/**
 * One rule = one file + one test + one doc page (DESIGN.md, after ESLint). This test fails when
 * any of the three is missing, when RULES and the files here disagree, when a rule's id is not
 * its filename, when a reported message id has no message, or when a doc page leaves one out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../rule';
import { RULES } from './index';

const RULES_DIR = dirname(fileURLToPath(import.meta.url));
const DOCS_DIR = join(RULES_DIR, '..', '..', '..', 'docs', 'rules');

/** Every rule file: a .ts file in rules/ that is neither a test nor the index. */
const RULE_FILES = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

const source = (id: string) => readFileSync(join(RULES_DIR, `${id}.ts`), 'utf8');

/** String literals in the expression given to each `messageId:` in a rule's report calls. */
function reportedMessageIds(code: string): string[] {
  const ids = new Set<string>();
  for (const m of code.matchAll(/\bmessageId:\s*([^\n]+)/g)) {
    const expression = m[1] ?? '';
    for (const literal of expression.matchAll(/'([^'\\]+)'|"([^"\\]+)"/g))
      ids.add(literal[1] ?? literal[2] ?? '');
  }
  return [...ids];
}

async function loadRule(id: string): Promise<Rule> {
  const mod = (await import(`./${id}`)) as { default?: Rule };
  if (!mod.default) throw new Error(`rules/${id}.ts has no default export`);
  return mod.default;
}

describe('rule linkage', () => {
  it('finds the rule files', () => {
    expect(RULE_FILES.length).toBeGreaterThan(0);
  });

  it('RULES lists exactly the rule files in rules/', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(RULE_FILES);
  });

  it('no two rules share an id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the reported-message-id reader sees literals, ternaries and nothing else', () => {
    const code = `report({ messageId: 'tooShort', points: -4 });\nreport({\n  messageId: x ? 'noScope' : "belowLevel",\n});\nreport({ messageId: f.kind });`;
    expect(reportedMessageIds(code).sort()).toEqual(['belowLevel', 'noScope', 'tooShort']);
  });

  for (const id of RULE_FILES) {
    describe(id, () => {
      it('has a test file beside it', () => {
        expect(readdirSync(RULES_DIR)).toContain(`${id}.test.ts`);
      });

      it('has a doc page in docs/rules/', () => {
        expect(readdirSync(DOCS_DIR)).toContain(`${id}.md`);
      });

      it("meta.id is the file's name, and RULES holds this very rule", async () => {
        const rule = await loadRule(id);
        expect(rule.meta.id).toBe(id);
        expect(RULES).toContain(rule);
      });

      it('every message id it reports has a message', async () => {
        const rule = await loadRule(id);
        const reported = reportedMessageIds(source(id));
        expect(reported.length, 'no messageId literal found in report() calls').toBeGreaterThan(0);
        for (const messageId of reported) expect(Object.keys(rule.meta.messages)).toContain(messageId);
      });

      it('every message is reported somewhere, and every follow-up belongs to a message', async () => {
        const rule = await loadRule(id);
        const code = source(id);
        for (const messageId of Object.keys(rule.meta.messages)) {
          // Used as a quoted literal: in a report call, or compared with a detector's kind.
          expect(code, `message "${messageId}" is never reported`).toMatch(
            new RegExp(`['"]${messageId}['"]`),
          );
        }
        for (const messageId of Object.keys(rule.meta.followUps ?? {})) {
          expect(Object.keys(rule.meta.messages)).toContain(messageId);
        }
      });

      it('its doc page names every message id', async () => {
        const rule = await loadRule(id);
        const doc = readFileSync(join(DOCS_DIR, `${id}.md`), 'utf8');
        expect(doc.startsWith(`# ${id}`), 'the page opens with "# <rule-id>"').toBe(true);
        for (const messageId of Object.keys(rule.meta.messages)) expect(doc).toContain(`\`${messageId}\``);
      });

      it('the rules index links to its doc page', () => {
        const index = readFileSync(join(DOCS_DIR, 'README.md'), 'utf8');
        expect(index).toContain(`(${id}.md)`);
      });
    });
  }
});
