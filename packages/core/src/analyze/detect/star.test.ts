import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import { analyze } from '../analyze';
import { CUE_INDEX } from '../cues';
import { STAR_HEADINGS } from '../lexicon/story';
import { parseText } from '../text';
import { findMetrics } from './metrics';
import { detectStar } from './star';
import { datedAroundUnits, datedOutcome, spansHolding } from './star-dates';
import { BLANK_LINE, HEADING, hasBlankLine, mayOpenHeading } from './star-headings';
import { findActions } from './verbs';

function star(text: string) {
  const parsed = parseText(text);
  return detectStar(
    parsed,
    CUE_INDEX.scan(text, parsed.lower),
    findActions(parsed),
    findMetrics(text, parsed.lower),
  );
}
const present = (text: string) =>
  Object.entries(star(text).parts)
    .filter(([, p]) => p.present)
    .map(([k]) => k);

describe('detectStar', () => {
  it('finds every part of a free-text story without headings', () => {
    const text =
      'When I joined the payments team in 2022, checkout failed for 3% of orders at peak. My goal was to fix reliability within a quarter. I pulled the incident data with my leads and I proposed a phased rewrite. As a result, failures dropped from 3% to 0.2%. Looking back, I would have brought support in earlier.';
    expect(present(text)).toEqual(['situation', 'task', 'action', 'result', 'learning']);
  });

  it('lets a heading with its content under it ("What I did:" then bullets) cover only its own paragraph', () => {
    const text =
      'I inherited a 17-person team that owned search indexing, with 40 pages a week.\n\nWhat I did:\n- I put 30% of each sprint on toil reduction.\n- I split the team into two pods with their own leads.\n\nSix months later pages were down to about 8 a week and attrition stopped.';
    const { roles } = star(text);
    expect(roles[roles.length - 1]).toBe('result');
    expect(roles).toContain('action');
  });

  it('honours explicit headings', () => {
    const text =
      'Situation: our build took an hour.\nTask: cut it.\nAction: I split the suite.\nResult: builds take 9 minutes.';
    const { parts } = star(text);
    expect(parts.task.present).toBe(true);
    expect(text.slice(parts.result.start, parts.result.end)).toContain('9 minutes');
    expect(parts.learning.present).toBe(false);
  });

  it('hears how a mistake ended in a sentence with two outcome cues, though "we" acted in it too', () => {
    const text =
      "I once rushed a project to make a shipping deadline and skipped two critical steps. We ended up discovering the mistake before the customer installed the products, but they weren't pleased. I never made that mistake again.";
    const { roles } = star(text);
    expect(roles[1]).toBe('result');
    expect(roles[2]).toBe('learning');
  });

  it.each([
    ["We haven't had a migration outage since, and the policy is now used by the other four teams.", true],
    ['It never happened again on my watch.', true],
    ["The alert hasn't fired once since the fix.", true],
    ["We haven't had a staff engineer on the team since the reorg.", false],
    ['We had an outage every week before that.', false],
    ['Over the next eleven hires we had no repeat of it.', true],
  ])('hears an outcome told as nothing going wrong since, late in a story: %s', (closing, heard) => {
    const text = `At Larkspur I approved a schema migration on a Friday without a rollback plan. It locked the orders table for forty minutes. I wrote the postmortem and set a rule that every migration ships with a tested rollback. ${closing} I learned to hold the line on process under deadline pressure.`;
    expect(star(text).roles[3] === 'result').toBe(heard);
  });

  it('finds the result of a three-sentence failure story in the sentence that owns the mistake ("which caused a delay")', () => {
    const text =
      'In one project I underestimated vendor approval timelines, which caused a delay. I learned to build in buffer time and now always plan for it. It made me a stronger project manager.';
    expect(present(text)).toContain('result');
  });

  it.each([
    'One patient was shouting at everyone on the ward. I moved him to a quiet room and found out he had had bad news, and I asked the hospitalist to arrange a therapist. He was pleasant after that, and the whole ward was more at ease.',
    'I had 24 hours to prepare a security presentation. I planned the work and asked a classmate to take the research, which took six hours instead of ten. Finally I was able to deliver a polished presentation the next day.',
  ])('hears how a person came out of it, or a deadline met, as the result: %s', (text) => {
    expect(present(text)).toContain('result');
  });

  it('honours the STAR letters as labels ("S:", "R:") when both the situation and the result are labelled', () => {
    const text =
      'S: A feature we shipped tanked a key metric.\nT: As the senior IC, I owned the outcome.\nA: I ran a blameless retro and re-launched a tested version.\nR: The re-launch moved the metric the right way.';
    const { parts } = star(text);
    expect(text.slice(parts.result.start, parts.result.end)).toContain('moved the metric');
    expect(text.slice(parts.situation.start, parts.situation.end)).toContain('tanked');
  });

  it('does not read a lone transcript "A:" as the action label', () => {
    const text =
      'Q: What went wrong with the launch?\nA: The launch slipped twice because the vendor data was late.\nWe replanned and shipped in March.';
    const { roles } = star(text);
    expect(roles[1]).not.toBe('action');
  });

  it('honours headings with "I/we <verb>" or a note in brackets ("Goal I set:", "**Results (12 months):**")', () => {
    const text =
      '- **Context:** our build took an hour.\n- **Goal I set:** get it under ten minutes.\n- **What I did:** split the suite across 12 runners.\n- **Results (6 months):**\n  - the build takes 9 minutes, and flaky reruns are down by half.';
    const { parts } = star(text);
    expect(parts.task.present).toBe(true);
    expect(text.slice(parts.task.start, parts.task.end)).toContain('Goal I set');
    expect(text.slice(parts.result.start, parts.result.end)).toContain('Results (6 months)');
  });

  it('hears an incident story end when the service is back ("we were fully back in two hours")', () => {
    const text =
      'About a year ago I owned the image upload service for our consumer app. A storage vendor retired its old signing method on a Tuesday morning, and every upload started failing. I was on call, so I got paged. First I confirmed it was signing and not our code. Then I flipped a flag to route uploads through our older proxy, because it was reversible. Then I wrote the real fix with Marco reviewing, and we were fully back in two hours. Afterwards I wrote the postmortem. What I changed: any vendor notice with a date now goes on the team calendar with an owner.';
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain('fully back');
  });

  it('hears an outcome dated after the work as the result ("all four teams deployed within 6 weeks"), not a goal with a deadline', () => {
    const text =
      'Moving our storefront to micro-frontends needed four teams to agree, each with its own lead and its own pipeline. I wrote an RFC with an objections section and shared it four days before the decision meeting. By the meeting the leads had commented in the document, and it became a thirty-minute alignment session. After sign-off I wrote a one-page integration guide and ran an enabling session with each team; my job was to enable their migration, not to own it.\n\nAll four teams deployed independently within 6 weeks. The quarterly joint release became weekly deploys for each team.\n\nLooking back, I would have opened the review a week earlier.';
    const report = analyze(text, { question: 'Tell me about a project requiring cross-team collaboration.' });
    const result = report.star.result;
    expect(result.present && text.slice(result.start, result.end)).toContain('within 6 weeks');
    // "Six months after installing all three:" opens the outcome too.
    const after =
      'Quality kept decaying between projects, and every fix was a sprint of cleanup.\n\nI added three CI gates: a performance budget, an accessibility check and a dependency scan. Each took a day or two to set up, and each runs on every pull request.\n\nSix months after installing all three:\n- the performance score stayed between 87 and 95;\n- three pull requests were blocked before they shipped a regression.';
    const afterParts = analyze(after, {
      question: 'How have you improved a codebase for the long term?',
    }).star;
    expect(
      afterParts.result.present && after.slice(afterParts.result.start, afterParts.result.end),
    ).toContain('Six months after');
    const goal = 'My goal was to ship the new checkout within 6 weeks. I split the work across two squads.';
    expect(star(goal).parts.task.present).toBe(true);
  });

  it('lets a heading cover its paragraph (and the next when it stands alone), not the rest of the answer', () => {
    const text =
      'One backend call I made was TimescaleDB over plain Postgres for metrics history.\n\nContext: operators wanted 90-day trend charts, about 1.5 billion rows.\n\nI benchmarked both with six weeks of test data: plain Postgres took 4.2 seconds, TimescaleDB 280 ms.\n\nWe shipped TimescaleDB and the trend charts were responsive from day one.';
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain('We shipped');
    const alone =
      'Situation:\n\nOur build took an hour and blocked every merge.\n\nI split the suite across runners.';
    expect(star(alone).parts.situation.present).toBe(true);
  });

  it.each([
    [
      'we made it',
      'Just before a deadline a co-worker had to take leave, and half the project was in her head. She sat down with me to go over the details, my boss hired a temp for the routine tasks, and I took the heavy lifting. We made it, but barely.',
    ],
    [
      'could move forward',
      'Our backup server broke during an upgrade and every backup started failing. Within an hour I saw the vendor fix would take days, so I moved the license to a new machine myself. At that point, the team could move forward.',
    ],
  ])('hears a plainly told ending ("%s") as the result', (cue, text) => {
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end).toLowerCase()).toContain(
      cue,
    );
  });

  it('hears a miss told in the passive ("the deadline was missed") as a failure story\'s outcome', () => {
    const text =
      "I once mismanaged a project plan by not accounting for another team's dependencies. The deadline was missed, but I learned to map every dependency up front. Now I build a stakeholder map at the start of any project.";
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain('was missed');
  });

  it('hears a performance story\'s ending ("…I had to let him go") as its result', () => {
    const text =
      'When I was managing a group of four people in my last position, one of them could not perform at an acceptable level for a long time. Our company tries to grow its people and help them find their strengths, but nothing helped. I put him on probation and explained what had to change. But after more weeks of poor work due to a lack of effort, I had to let him go.';
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain('let him go');
  });

  it('hears what a gesture won back ("…which restored their confidence") as the result', () => {
    const text =
      'In my previous role a customer was upset about a delayed shipment. I listened to their concerns, apologized, and expedited the order. I also gave them a discount on their next purchase, which restored their confidence in our service.';
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain('restored');
  });

  it('hears "a situation from my last job…" as the situation', () => {
    const text =
      'I recall a situation from my last job in a warehouse. I offered to stay four extra hours to cover the night shift, and we cleared the whole delivery before morning.';
    const { parts } = star(text);
    expect(parts.situation.present && text.slice(parts.situation.start, parts.situation.end)).toContain(
      'a situation from my last job',
    );
  });

  it('hears a miss as the outcome of a mistake story, and owning it ("the date was my mistake") as no lesson yet', () => {
    const text =
      'Three months into managing, I promised my team a date before checking with design, and design was booked for six weeks. So we missed it by about a month. I told my manager the same day and said plainly to the team that the date was my mistake, not their estimate. Then I borrowed a designer for two weeks by dropping a lower-priority request.';
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain(
      'missed it by',
    );
    expect(parts.learning.present).toBe(false);
  });

  it('hears what a mistake caused ("it broke production") as its outcome', () => {
    const text =
      'On my first team I shipped a feature without proper testing. It broke production for an hour. I learned to write the tests first, and now I test-drive every feature.';
    const { parts } = star(text);
    expect(parts.result.present && text.slice(parts.result.start, parts.result.end)).toContain(
      'broke production',
    );
  });

  it('lets a one-sentence answer carry every part it has a cue for', () => {
    const text =
      'I noticed our team kept shipping bugs because nobody reviewed code, so I proposed and ran a peer review rota that reduced production incidents by 50 percent.';
    const { parts } = star(text);
    expect(parts.action.present && parts.result.present).toBe(true);
  });

  it('hears a lesson told under the "Result:" heading as the learning, and the result is still there', () => {
    const text =
      'Situation: our build took an hour.\nTask: cut it.\nAction: I split the suite.\nResult: builds take 9 minutes. I learned to measure before I split anything, and I now profile every suite first.';
    const { parts } = star(text);
    expect(text.slice(parts.result.start, parts.result.end)).toBe('Result: builds take 9 minutes.');
    expect(text.slice(parts.learning.start, parts.learning.end)).toMatch(/^I learned to measure/);
  });

  it('keeps a lone lesson under "Result:" as both the result and the learning', () => {
    const { parts } = star(
      'Situation: our build took an hour.\nAction: I split the suite.\nResult: I learned to measure first.',
    );
    expect(parts.result.present).toBe(true);
    expect(parts.learning.present).toBe(true);
  });

  it('hears how a disagreement ended ("that resolved the conflict") and a lesson found ("I have found that…")', () => {
    const text =
      'Two senior engineers disagreed on whether to optimise the service or refactor it. I asked each to state the trade-offs in terms of user impact and delivery risk. We agreed on a phased approach: a targeted fix now and the refactor next sprint. That resolved the conflict and gave the team a clearer way to decide. I have found that most technical disagreements become productive when they are tied to facts and timing.';
    expect(present(text)).toEqual(expect.arrayContaining(['action', 'result', 'learning']));
  });

  it('reports no result or learning for a story that stops at the actions', () => {
    const text =
      'Our team was behind on the launch. I reorganised the backlog and I met the product lead every day.';
    expect(present(text)).toEqual(['situation', 'action']);
  });

  it('hears a closing sentence told in the past as the result, after deeds placed as the lesson applied', () => {
    const text =
      'I misjudged how long the data migration would take. The cutover slipped a week. I wrote down what we missed, drafted a runbook, and used it on the next migration. Later migrations kept their dates.';
    const { parts } = star(text);
    expect(parts.result.present).toBe(true);
    expect(text.slice(parts.result.start, parts.result.end)).toBe('Later migrations kept their dates.');
  });

  it('hears the closing figure of change in a two-sentence answer as its result', () => {
    const setup =
      'Presenting to the board used to make me rush, so I joined a speaking course last spring and now run our monthly demo.';
    expect(present(`${setup} I've cut my filler words by 60%.`)).toContain('result');
    expect(present(`${setup} I've kept practising every week.`)).not.toContain('result');
  });

  it('hears "within a month… we lost nobody" as how it ended: a time named with "a", losing is no deed', () => {
    const text =
      'Last year we had to cancel a product my team had spent eight months on. I told the team the same afternoon. I explained the reasons and met each of the nine engineers one on one that week. Within a month everyone had a new project they had chosen, and we lost nobody. What I took from it is that speed and honesty matter more than having every answer.';
    const { parts } = star(text);
    expect(parts.result.present).toBe(true);
    expect(text.slice(parts.result.start, parts.result.end)).toMatch(/^Within a month/);
  });

  it('places spans on sentence boundaries inside the text', () => {
    const text = 'Back in 2020 we had no on-call. I set up a rotation. In the end pages fell by 60%.';
    for (const p of Object.values(star(text).parts)) {
      if (p.present) expect(p.start).toBeLessThan(p.end ?? 0);
    }
  });
});

describe('datedOutcome', () => {
  it('reads around the units only when one has a count right before it, and then finds what reading around every unit finds', () => {
    const word = fc.constantFrom(
      ...[
        'within',
        'after',
        'in',
        'just',
        'less',
        'than',
        'about',
        'a',
        'an',
        'few',
        'couple',
        'of',
        'several',
      ],
      ...['9', '10', 'x9', 'one', 'twelve', 'someone', 'often', 'seven', 'dozen'],
      ...[
        'day',
        'days',
        'week',
        'weeks',
        'weekly',
        'month',
        'months',
        'year',
        'yearly',
        'today',
        'sprints',
        'quarter',
        'dayshift',
      ],
      ...['later', 'on', 'into', 'installing', 'the', 'launch', 'rollout', 'it', 'same', 'shipped', 'we'],
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, wordGap()), { minLength: 1, maxLength: 30 }), (parts) => {
        const lower = parts.map(([w, g]) => w + g).join('');
        expect(datedOutcome(lower)).toBe(datedAroundUnits(lower));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('spansHolding', () => {
  for (const [name, source, pieces] of [
    ['a year', '19|20', ['19', '20', '1', '2', '9', '0', 'a', ' ', '.']],
    [
      'a forward look',
      "i'|i w|now|since then",
      ['since then', 'since the', 'now', 'ow', "i'", 'i w', 'i', ' ', 'w', 'n'],
    ],
  ] as const) {
    it(`marks the spans that hold ${name}'s pre-filter, as testing each span alone does`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join('')),
          fc.array(fc.nat(80), { maxLength: 12 }),
          fc.boolean(),
          (lower, cuts, touching) => {
            // Spans in text order that do not overlap: touching, or with gaps between.
            const points = [...new Set(cuts.map((c) => Math.min(c, lower.length)))].sort((a, b) => a - b);
            const spans: { start: number; end: number }[] = [];
            for (let k = 0; k + 1 < points.length; k += touching ? 1 : 2) {
              spans.push({ start: points[k] as number, end: points[k + 1] as number });
            }
            const plain = spans.map((s) => new RegExp(source).test(lower.slice(s.start, s.end)));
            expect(spansHolding(new RegExp(source, 'g'), lower, spans)).toEqual(plain);
          },
        ),
        { numRuns: 3000 },
      );
    });
  }
});

describe('mayOpenHeading', () => {
  it('holds wherever HEADING matches a sentence', () => {
    const piece = fc.constantFrom(
      ...Object.keys(STAR_HEADINGS),
      'what',
      'lessons',
      'resultant',
      'resulté',
      'we',
      'the',
      ' i set',
      ' we did',
      ' (12 months)',
      '**',
      '#',
      '- ',
      '> ',
      '_',
      ' ',
      '\n',
      '\u2009',
      ':',
      '—',
      '-',
      '.',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        fc.nat(4),
        fc.nat(4),
        (text, cutStart, cutEnd) => {
          const from = Math.min(cutStart, text.length);
          const to = Math.max(from, text.length - cutEnd);
          if (HEADING.test(text.slice(from, to))) expect(mayOpenHeading(text, from, to)).toBe(true);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('passes by sentences that open with other words', () => {
    const text = 'we shipped it. result: it worked';
    expect(mayOpenHeading(text, 0, 14)).toBe(false);
    expect(mayOpenHeading(text, 15, text.length)).toBe(true);
  });
});

describe('hasBlankLine', () => {
  it('reads what BLANK_LINE finds in the gap', () => {
    const piece = fc.constantFrom('\n', ' ', '\t', '\r', 'a', '.', '\u2009');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }).map((p) => p.join('')),
        fc.nat(10),
        fc.nat(10),
        (text, a, b) => {
          const from = Math.min(a, b, text.length);
          const to = Math.min(Math.max(a, b), text.length);
          expect(hasBlankLine(text, from, to)).toBe(BLANK_LINE.test(text.slice(from, to)));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
