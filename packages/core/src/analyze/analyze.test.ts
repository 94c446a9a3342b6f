import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { AnalyzeError } from './errors';
import { START_SCORE } from './scoring';

const STRONG = `When I joined Northwind as a senior engineering manager in 2022, our checkout service failed 3% of payments at peak and we were losing enterprise customers. My goal was to get to 99.95% success within two quarters without freezing the roadmap. I started by pulling six months of incident data with my two tech leads and found that 70% of pages came from one legacy payments path. I proposed a phased rewrite to the product director and negotiated a 20% capacity carve-out for it. The team of 18 engineers rebuilt the path behind feature flags while I ran a weekly risk review. As a result, failed checkouts dropped from 3% to 0.2%, p99 latency fell from 900ms to 240ms, and enterprise churn fell by 2 points, about $4M ARR. The playbook was later adopted by three other teams. Looking back, I would have involved support earlier; I now bring them into every reliability review.`;

const WEAK = `We had some reliability problems with checkout. We looked into it and we worked on a lot of fixes over a few months. We improved things significantly and the team did a great job. It went well overall.`;

describe('analyze', () => {
  it('fills every part of the report contract', () => {
    const report = analyze(STRONG, { level: 'L5', company: 'amazon' });
    expect(Object.keys(report).sort()).toEqual(
      [
        'dimensions',
        'findings',
        'followUps',
        'level',
        'metrics',
        'options',
        'principles',
        'rating',
        'score',
        'scoring',
        'speech',
        'star',
      ].sort(),
    );
    expect(Object.keys(report.dimensions)).toEqual([
      'storytelling',
      'technicalDepth',
      'leadershipRange',
      'businessAcumen',
      'cultureFit',
    ]);
    expect(Object.keys(report.star).sort()).toEqual(['action', 'learning', 'result', 'situation', 'task']);
    expect(report.level.signal).toBe('L5');
    expect(report.principles.length).toBeGreaterThan(0);
    expect(report.followUps.length).toBeGreaterThanOrEqual(2);
    expect(report.followUps.length).toBeLessThanOrEqual(3);
  });

  it('scores a specific, quantified story far above a vague one', () => {
    const strong = analyze(STRONG);
    const weak = analyze(WEAK);
    expect(strong.score).toBeGreaterThanOrEqual(75);
    expect(weak.score).toBeLessThan(60);
    expect(weak.rating).toBe('needs-work');
    expect(weak.findings.map((f) => f.messageId)).toEqual(
      expect.arrayContaining(['invisibleSelf', 'noMetrics', 'vagueIntensifier', 'missingLearning']),
    );
  });

  it('explains every lost point with a finding that has a position, a reason and a fix', () => {
    const report = analyze(WEAK);
    const lost = report.findings.reduce((sum, f) => sum + f.points, 0);
    expect(report.score).toBe(Math.max(0, START_SCORE + lost));
    expect(report.scoring.items.reduce((sum, i) => sum + i.points, 0)).toBe(START_SCORE + lost);
    for (const f of report.findings) {
      expect(f.points).toBeLessThanOrEqual(0);
      expect(f.start).toBeLessThanOrEqual(f.end);
      expect(f.end).toBeLessThanOrEqual(WEAK.length);
      expect(f.message).not.toMatch(/\{\{/);
      if (f.points < 0) expect(f.suggestion).toBeTruthy();
    }
  });

  it('is deterministic', () => {
    expect(analyze(STRONG, { company: 'amazon', level: 'L6' })).toEqual(
      analyze(STRONG, { company: 'amazon', level: 'L6' }),
    );
  });

  it('never lets saying it all twice raise the score', () => {
    fc.assert(
      fc.property(fc.constantFrom(STRONG, WEAK), fc.integer({ min: 2, max: 4 }), (answer, times) => {
        const once = analyze(answer).score;
        const repeated = analyze(Array.from({ length: times }, () => answer).join('\n\n')).score;
        expect(repeated).toBeLessThanOrEqual(once);
      }),
      { numRuns: 8 },
    );
  });

  it('never lets content-free padding raise the score', () => {
    const fluff = [
      'It was an interesting period.',
      'There were many moving parts.',
      'Everyone was busy at the time.',
      'It was quite a journey, honestly.',
      'Things were hectic for a while.',
      'It is one of those stories that stays with you.',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(STRONG, WEAK),
        fc.array(fc.constantFrom(...fluff), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (answer, padding, before) => {
          const padded = before ? `${padding.join(' ')} ${answer}` : `${answer} ${padding.join(' ')}`;
          expect(analyze(padded).score).toBeLessThanOrEqual(analyze(answer).score);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('judges what a short story says over what it leaves out, and never lets length buy score', () => {
    const question = 'Tell me about a time you missed a deadline.';
    // Short and humble: no figure, no scale, no business link, but owned, with steps and a result.
    const short = `I promised the churn dashboard for the end of the sprint. Halfway through I found the event data was duplicated. I told my manager that day, shipped the three core charts first, and cleaned the data the week after. The full dashboard landed after the sprint and finance used it for the quarterly review. Now I always sample the data before I commit to a date.`;
    // Three times as long: asides, blame, vague intensifiers and nothing the speaker did.
    const rambling = `So this was, you know, at a company I was at a while back, and it's kind of a long story, but basically there was a churn dashboard that people wanted, and by the way the team at the time was going through a lot of changes, a reorg and a new office and all of that, which is a whole other story. Anyway, the deadline was the end of the sprint. Honestly the data team really dropped the ball because their event data was duplicated and nobody over there had noticed, which was frankly pretty typical of them. As a side note, we had also just switched tools, which didn't help. The product manager kept changing what he wanted as well, which was hugely frustrating and made everything a lot harder. Eventually it all got sorted out somehow and the dashboard went out late, and people were more or less fine with it in the end. It was a really big learning experience for everyone involved, and it was a lot of work.`;
    const hypothetical = `If that happened I would first tell my manager right away, because I believe in transparency. I would then look at what could be shipped early and I would negotiate the scope with the stakeholders. I would make sure the team had what they needed, and I would always pad my estimates so it does not happen again. Generally I think communication is the key to handling deadlines, and in my experience being upfront with people is what matters most when things slip, so that is what I would do in that situation.`;
    const s = analyze(short, { question });
    expect(s.rating).not.toBe('needs-work');
    expect(s.scoring.items.some((i) => i.source === 'unsaid-cap')).toBe(true);
    for (const other of [rambling, hypothetical]) {
      const r = analyze(other, { question });
      expect(r.score).toBeLessThan(s.score - 20);
      expect(r.rating).toBe('needs-work');
    }
  });

  it('resolves level aliases and judges scope against the target', () => {
    const director = analyze(STRONG, { level: 'Director' });
    expect(director.options.level).toBe('L6');
    expect(director.findings.some((f) => f.ruleId === 'scope-below-level')).toBe(true);
    expect(analyze(STRONG, { level: 'L5' }).findings.some((f) => f.ruleId === 'scope-below-level')).toBe(
      false,
    );
  });

  it('takes structured STAR+ fields and trusts their parts', () => {
    const report = analyze({
      situation: 'Our release train shipped once a month and customers waited on fixes.',
      task: 'I owned getting us to weekly releases within a quarter.',
      action: 'I split the monolith deploy into four pipelines with the two tech leads.',
      result: 'We moved from monthly to weekly releases and escaped defects fell 30%.',
      learnings: '',
    });
    expect(report.star.situation.present).toBe(true);
    expect(report.star.learning.present).toBe(false);
    expect(report.findings.some((f) => f.messageId === 'missingLearning')).toBe(true);
  });

  it('caps the rating at good when one red flag is raised once, whatever the score', () => {
    const heroic = `${STRONG} In the end I single-handedly rewrote the deploy tooling myself, and I tested it myself.`;
    const report = analyze(heroic);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.messageId)).toEqual([
      'heroPhrase',
    ]);
    expect(report.score).toBeGreaterThanOrEqual(60);
    expect(report.rating).toBe('good');
  });

  it('rates repeated blame needs-work, and scores it in that band', () => {
    const blaming = `${STRONG} Honestly, the platform team was incompetent and it was their fault that we started late.`;
    const report = analyze(blaming);
    expect(
      report.findings.filter((f) => f.severity === 'error' && f.ruleId === 'blame-negativity').length,
    ).toBe(2);
    // A polished story around it: its own item moves the score into the needs-work band.
    expect(report.score).toBeLessThan(60);
    expect(report.score).toBeGreaterThan(40);
    expect(report.scoring.items.at(-1)?.source).toBe('red-flag-cap');
    expect(report.rating).toBe('needs-work');
  });

  it('rates an answer with red flags of two kinds needs-work, and scores it in that band', () => {
    const heroAndBlame = `${STRONG} Honestly, the platform team was incompetent and it was their fault that we started late. In the end I single-handedly rewrote the deploy tooling over a weekend, since I was the only one who could.`;
    const report = analyze(heroAndBlame);
    const redFlagRules = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    expect([...redFlagRules].sort()).toEqual(['attribution-balance', 'blame-negativity']);
    expect(report.score).toBeLessThan(60);
    expect(report.scoring.items.at(-1)?.source).toBe('red-flag-cap');
    expect(report.rating).toBe('needs-work');
  });

  it('rejects bad input with stable error codes', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof AnalyzeError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => analyze('   \n'))).toBe('empty_answer');
    expect(code(() => analyze('I led it.', { level: 'L42' }))).toBe('unknown_level');
    expect(code(() => analyze('I led it.', { company: 'initech' }))).toBe('unknown_company');
    expect(code(() => analyze('I led it.', { durationSeconds: -5 }))).toBe('invalid_duration');
    // Under a second is no recording (and words per minute would overflow to Infinity).
    expect(code(() => analyze('I led it.', { durationSeconds: 5e-324 }))).toBe('invalid_duration');
    expect(code(() => analyze('x'.repeat(1_000_001)))).toBe('answer_too_long');
    // biome-ignore lint/suspicious/noExplicitAny: simulating an untyped caller (JSON body)
    expect(code(() => analyze(42 as any))).toBe('empty_answer');
  });
});

describe('analyze: a yes-or-no question about experience answered "No"', () => {
  const NEVER_FIRED = `No, I haven't had to yet. If it came to that, I would first make sure the person had clear written expectations and a real chance to meet them, with weekly check-ins and the support they asked for. If nothing changed after that, I would plan the conversation with HR, tell them myself, in private, and help them leave with their dignity intact.`;

  it('judges what follows as the plan it is, not as a hypothetical story', () => {
    const report = analyze(NEVER_FIRED, { question: 'Have you ever fired someone?' });
    expect(report.options.questionKind).toBe('scenario');
    expect(report.options.asksForPastStory).toBe(false);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('hypothetical-answer');
    expect(report.findings.map((f) => f.ruleId)).not.toContain('star-structure');
  });

  it('still asks for the story when the answer says yes', () => {
    const report = analyze(`Yes, twice. ${NEVER_FIRED.slice(26)}`, {
      question: 'Have you ever fired someone?',
    });
    expect(report.options.asksForPastStory).toBe(true);
    expect(report.findings.map((f) => f.messageId)).toContain('hypothetical');
  });

  it('keeps a failure question a story question: "No" there declines it', () => {
    const report = analyze(
      'No, I have never really failed at anything important. I plan carefully and I check my work.',
      {
        question: 'Have you ever failed at something important?',
      },
    );
    expect(report.options.asksForPastStory).toBe(true);
    expect(report.findings.map((f) => f.messageId)).toContain('noExample');
  });
});
