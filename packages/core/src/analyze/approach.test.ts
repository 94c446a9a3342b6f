/**
 * Approach questions ("How do you prioritise…?") end to end: what is judged, what steps aside,
 * and that grounding — not length — is what lifts a clear approach.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

const QUESTION = 'How do you handle ambiguity when the requirements are unclear?';

const METHOD = `I start by writing down what we know, what we assume and what would change the plan, because most ambiguity is unstated assumptions. Then I pick the cheapest experiment that tests the riskiest assumption and time-box it to a week. I share the decision log with the product lead and the team so nobody is surprised when the plan moves. I would rather commit to a reversible first step than wait for certainty, and I say openly which decisions are one-way doors.`;

const CASE = `For example, at Marlow Health last year the brief for our scheduling product was one paragraph. I ran two one-week spikes with the team, we learned that clinics cared about no-shows rather than booking speed, and I rewrote the roadmap around reminders. No-shows fell 18% in the first quarter after launch.`;

const PLATITUDES = 'I just work hard and communicate. I stay positive and get things done.';

const rulesOf = (text: string, question?: string) =>
  analyze(text, question === undefined ? {} : { question }).findings.map((f) => `${f.ruleId}/${f.messageId}`);

describe('approach questions', () => {
  it('reads the question kind into the options', () => {
    expect(analyze(METHOD, { question: QUESTION }).options.questionKind).toBe('approach');
    expect(analyze(METHOD).options.questionKind).toBeNull();
  });

  it('does not call an approach hypothetical, nor ask it for a story', () => {
    const found = rulesOf(METHOD, QUESTION);
    for (const rule of ['hypothetical-answer', 'star-structure', 'star-plus', 'missing-learning'])
      expect(found.filter((f) => f.startsWith(`${rule}/`))).toEqual([]);
    expect(found).not.toContain('unquantified-impact/noMetrics');
  });

  it('scores a grounded approach above the same approach without its example', () => {
    const plain = analyze(METHOD, { question: QUESTION });
    const grounded = analyze(`${METHOD} ${CASE}`, { question: QUESTION });
    expect(grounded.score).toBeGreaterThan(plain.score);
    expect(rulesOf(METHOD, QUESTION)).toContain('approach-grounding/ungrounded');
    expect(rulesOf(`${METHOD} ${CASE}`, QUESTION)).not.toContain('approach-grounding/ungrounded');
  });

  it('still scores platitudes low', () => {
    const r = analyze(PLATITUDES, { question: QUESTION });
    expect(r.rating).toBe('needs-work');
    expect(r.score).toBeLessThan(50);
    expect(rulesOf(PLATITUDES, QUESTION)).toEqual(
      expect.arrayContaining(['approach-grounding/noMethod', 'approach-grounding/platitude']),
    );
  });

  it('does not let length buy score: the method said twice scores no higher', () => {
    const once = analyze(METHOD, { question: QUESTION });
    const twice = analyze(`${METHOD} ${METHOD}`, { question: QUESTION });
    expect(twice.score).toBeLessThanOrEqual(once.score);
  });

  it('does not let padding buy score: values stated as habits do not lift a short approach', () => {
    const short =
      'I start by listing what we know and what we assume. Then I test the riskiest assumption first, because it is the cheapest way to learn.';
    // Padding with no cue of its own (no principle word, no business word): only length is added.
    const padding =
      ' I keep an open mind. I stay close to everyone. I like to empower my engineers and give them room.';
    const plain = analyze(short, { question: QUESTION });
    const padded = analyze(short + padding, { question: QUESTION });
    expect(padded.score).toBeLessThanOrEqual(plain.score);
  });

  it('traces every lost point to a finding with a position, a reason and a fix', () => {
    for (const text of [METHOD, PLATITUDES, `${METHOD} ${CASE}`]) {
      const r = analyze(text, { question: QUESTION });
      const lost = r.findings.filter((f) => f.points < 0);
      for (const f of lost) {
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.message.length).toBeGreaterThan(0);
        expect(f.suggestion?.length ?? 0).toBeGreaterThan(0);
      }
      const sum = r.scoring.items.reduce((s, i) => s + i.points, 0);
      expect(r.score).toBe(Math.max(0, Math.min(100, sum)));
    }
  });

  it('keeps what still applies to an approach: vague words, blame, fillers', () => {
    const text = `${METHOD} Honestly the other teams are useless and it improved things massively.`;
    const found = rulesOf(text, QUESTION);
    expect(found).toContain('unquantified-impact/vagueIntensifier');
    expect(found.some((f) => f.startsWith('blame-negativity/'))).toBe(true);
  });

  it('hears what someone once said of the speaker as the moment a view of oneself comes from, and its why', () => {
    const question = 'What would your team say about you?';
    const view = `They'd say I'm direct but fair, and that I protect their focus. They'd probably also say I can push too hard near deadlines, something I've been working on by planning buffer into every quarter.`;
    const witnessed = `${view} One engineer told me in his exit interview that I was the first manager who gave him a written growth plan, which he still uses.`;
    expect(rulesOf(view, question)).toContain('view-reasoning/noExperience');
    expect(rulesOf(witnessed, question)).not.toContain('view-reasoning/noExperience');
    // …and as its why: the evidence the view rests on.
    expect(rulesOf(view, question)).toContain('view-reasoning/noReason');
    expect(rulesOf(witnessed, question)).not.toContain('view-reasoning/noReason');
  });

  it('without a question, judges exactly as before: a story is owed', () => {
    const found = rulesOf(METHOD);
    expect(found).toContain('star-structure/missingResult');
    expect(found.some((f) => f.startsWith('approach-grounding/'))).toBe(false);
  });

  it('asked for a story, an approach is still hypothetical', () => {
    const found = rulesOf(METHOD, 'Tell me about a time the requirements were unclear.');
    expect(found.some((f) => f.startsWith('hypothetical-answer/'))).toBe(true);
  });

  it('hears what one does about a weakness as its method, and progress measured as its case', () => {
    const weakness = 'What is your greatest weakness?';
    const remedy = `I used to hold on to work instead of delegating it, and I became the bottleneck for my team. I've been working on this by handing work over before I feel ready and coaching rather than taking over.`;
    const progress = `${remedy} Over the past year my team's throughput has increased 30% because I spend my time on planning.`;
    expect(rulesOf(remedy, weakness)).not.toContain('approach-grounding/noMethod');
    expect(rulesOf(remedy, weakness)).toContain('approach-grounding/ungrounded');
    expect(rulesOf(progress, weakness).filter((f) => f.startsWith('approach-grounding/'))).toEqual([]);
    const claim = "My greatest weakness is that I'm a perfectionist and I care too much.";
    expect(rulesOf(claim, weakness)).toContain('approach-grounding/noMethod');
  });

  it('hears a struggle ("had to work hard in math") as no platitude, and a course or a habit learned as the remedy', () => {
    const weakness = 'What is your greatest weakness?';
    const course =
      'I have always had to work hard in math. This year I decided to take a statistics course to help solidify my foundation.';
    expect(rulesOf(course, weakness)).not.toContain('approach-grounding/platitude');
    expect(rulesOf(course, weakness)).not.toContain('approach-grounding/noMethod');
    const learned =
      'I needed to be better at telling my manager when I was overloaded. I have learned to raise it in our weekly one-on-one.';
    expect(rulesOf(learned, weakness)).not.toContain('approach-grounding/noMethod');
  });

  it('hears a list of commands as a method, even when wink tags its first word a name ("Foster…")', () => {
    const text =
      'Foster collaboration through cross-functional teams, implement mentorship programs, and organize regular knowledge-sharing sessions, with a growth mindset at the centre.';
    const found = rulesOf(text, 'How would you foster a strong engineering culture?');
    expect(found).not.toContain('approach-grounding/noMethod');
    expect(found).toContain('approach-grounding/ungrounded');
  });
});
