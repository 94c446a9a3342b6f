/**
 * Hypothetical answers: asked "tell me about a time…", the candidate explains what they would
 * usually do. Interviewers score evidence of past behaviour; a philosophy with no story scores
 * nothing. Reflection ("next time I would…") is not hypothetical, and situational questions
 * ("what would you do if…") are exempt.
 */
import { presentHabits } from '../detect/approach';
import { toldInPast } from '../detect/star';
import { NO_EXAMPLE, REFLECTIVE_WOULD, REPORTED_WOULD } from '../lexicon/pitfalls';
import { sentenceIndexAt, wholeAnswer } from '../positions';
import { defineRule, inSentence } from '../rule';

/** "I'd been leading…", "I'd already hired…": "I had", told in the past. */
const PAST_PERFECT =
  /^i'd\s+(?:been|already|just|never|recently|\p{L}+ed(?!\p{L})|gone|done|seen|made|built|led|run|grown|taken|brought|spent|written)/u;

/** "I'll never forget the time I…", "I will always remember…": the opening of a story, not a habit. */
const STORY_OPENER = /^\s+(?:never forget|always remember)(?![\p{L}])/u;

/** "I've had engineers who…", "people I've managed have gone on…": experience summed up, not told. */
const GENERALISED = /(?<![\p{L}])(?:i've|i have|we've|we have|i've always|over the years)(?![\p{L}])/u;

/** "Once I had to…", "I once fired…", "One time we…": one occasion, picked out of many. */
const ONE_OCCASION = /^(?:once|one time)(?![\p{L}])|(?<![\p{L}])(?:i|we) once(?![\p{L}])/u;
/**
 * "Two years ago, I had to let some employees go", "last spring we…", "in 2019 I…": an occasion
 * dated, which is itself the detail only the one who lived it has.
 */
const DATED_OCCASION =
  /(?<![\p{L}\p{N}])(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of) (?:years?|months?|weeks?|quarters?) ago|last (?:year|month|quarter|spring|summer|fall|autumn|winter|week)|in (?:early |late |mid-)?(?:19|20)\d\d)(?![\p{L}\p{N}])/u;

export default defineRule({
  meta: {
    id: 'hypothetical-answer',
    description:
      'When asked for a past example, tell one specific story instead of what you would usually do.',
    severity: 'warning',
    messages: {
      hypothetical: 'The answer describes what you would usually do, not a specific time you did it.',
      partlyHypothetical:
        'Much of the answer is general approach ("{{phrase}}…") rather than the specific story.',
      noExample:
        '"{{phrase}}" declines the question: the interviewer hears someone hiding a failure or who has not reflected on one.',
    },
    followUps: {
      hypothetical: {
        question: 'Can you tell me about one specific time you actually did this?',
        priority: 0,
      },
      partlyHypothetical: { question: 'In that specific case, what exactly did you do?', priority: 3 },
      noExample: {
        question: 'Take a smaller one, then: a decision you would make differently today?',
        priority: 0,
      },
    },
  },
  check({ facts, parsed, options, report }) {
    // Saying there is nothing to tell declines any question that asks for one's own experience.
    // Only with a question (the pattern reads the whole answer: not worth it when unused).
    const declined = options.question !== null ? NO_EXAMPLE.exec(parsed.lower) : null;
    if (declined) {
      const at = inSentence(parsed, declined);
      report({
        messageId: 'noExample',
        start: at.start,
        end: at.end,
        data: at.data,
        actual: at.actual,
        points: -20,
        severity: 'error',
        suggestion:
          'Every senior candidate has one: pick a real, moderate miss of your own, tell it plainly and say what you changed.',
      });
    }
    if (!options.asksForPastStory) return;
    const isLearning = (sentence: number) => facts.star.roles[sentence] === 'learning';
    const hypothetical = new Set<number>();
    let firstPhrase = '';
    let firstStart = -1;
    for (const m of facts.cues.hypothetical) {
      const s = parsed.sentences[sentenceIndexAt(parsed, m.start)];
      if (!s || isLearning(s.index)) continue;
      if (REFLECTIVE_WOULD.test(parsed.lower.slice(s.start, s.end))) continue;
      if (PAST_PERFECT.test(parsed.lower.slice(m.start, m.start + 40))) continue;
      if (STORY_OPENER.test(parsed.lower.slice(m.end, m.end + 24))) continue;
      // "I suggested that I would stay": the past's future, inside the story.
      if (REPORTED_WOULD.test(parsed.lower.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      hypothetical.add(s.index);
      if (firstStart < 0) {
        firstStart = m.start;
        firstPhrase = m.text;
      }
    }
    // Present-tense habits ("I commit fully", "I don't relitigate") are the same generic register.
    for (const h of presentHabits(parsed)) if (!isLearning(h)) hypothetical.add(h);
    const total = Math.max(1, parsed.sentences.length);
    const share = hypothetical.size / total;
    // Counted only when it decides: most answers have no hypothetical sentence at all.
    const storySentences = (): number => new Set(facts.actions.map((a) => a.sentence)).size;
    // Told mostly in the past ("There was a time… It was his attitude… In the end we had to…"),
    // it is a story, however thin the speaker's own part: that is another rule's finding.
    // Counted only when it decides (a test of every sentence, ~1% of analyze() at 600 words).
    const toldAsStory = (): boolean => {
      let narrated = 0;
      for (const s of parsed.sentences)
        if (
          !hypothetical.has(s.index) &&
          toldInPast(parsed, s.index) &&
          !GENERALISED.test(parsed.lower.slice(s.start, s.end))
        )
          narrated++;
      return narrated >= 2 && narrated >= hypothetical.size;
    };
    // "Once I had to let go of a developer after three months of coaching; he later thanked me":
    // one real occasion ("once", "last year", "at my previous company"), told after the approach,
    // with a detail only the one who lived it has (a figure, or the date itself: "two years ago"). The answer is partly general, not
    // all general. ("At my last company there was a situation like this… we worked it out" names
    // an occasion but tells nothing of it.)
    const toldInstance = (): boolean =>
      parsed.sentences.some((s) => {
        if (hypothetical.has(s.index) || !toldInPast(parsed, s.index)) return false;
        if (!facts.actions.some((a) => a.sentence === s.index)) return false;
        const text = parsed.lower.slice(s.start, s.end);
        if (GENERALISED.test(text)) return false;
        if (DATED_OCCASION.test(text)) return true;
        if (!facts.metrics.some((m) => m.start >= s.start && m.start < s.end)) return false;
        return (
          ONE_OCCASION.test(text) || facts.cues.example.some((c) => c.start >= s.start && c.start < s.end)
        );
      });
    if (share >= 0.4 && storySentences() <= 2 && !toldAsStory() && !toldInstance()) {
      const span = wholeAnswer(parsed);
      report({
        messageId: 'hypothetical',
        start: span.start,
        end: span.end,
        points: -25,
        severity: 'error',
        suggestion:
          'Pick one real situation and tell it in the past tense: where, what you did, what happened.',
      });
    } else if (share >= 0.3 && hypothetical.size >= 3) {
      const s = parsed.sentences.find((x) => firstStart >= x.start && firstStart < x.end);
      report({
        messageId: 'partlyHypothetical',
        start: s?.start ?? firstStart,
        end: s?.end ?? firstStart,
        data: { phrase: firstPhrase },
        actual: firstPhrase,
        points: -10,
        suggestion:
          'Cut the general approach to one sentence and spend the time on what you did in this case.',
      });
    }
  },
});
