/**
 * Attribution balance (pitfall 3). Interviewers want to hear what YOU did and that you credit
 * the team. Two failures: the lone hero ("I single-handedly…", every action "I" and no one
 * else in the story) and the invisible self (every action "we", so the candidate's own role
 * cannot be assessed). Saying "we" is never a fault in itself.
 */
import { asksAboutWeakness } from '../../framework/questions/question-kind';
import type { ActionHit } from '../detect/verbs';
import type { Facts } from '../facts';
import { sentenceAt, sentenceIndexAt, wholeAnswer } from '../positions';
import { defineRule } from '../rule';
import type { ParsedText } from '../text';

/** "I" actions needed before the absence of any team credit reads as a lone-hero story. */
const LONE_HERO_MIN_ACTIONS = 4;
/** A named group doing something ("the routing team rebuilt…", "two delivery crews tested…"). */
const NAMED_GROUP =
  /(?<![\p{L}])(?:the|our|my|two|three|four|five|both|several)\s+(?:[\p{L}-]+\s+){0,2}(?:team|teams|crew|crews|squad|squads|group|groups|engineers|managers|leads|designers|analysts|colleagues)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|built|ran|led|wrote|took|made|drove|found|brought|did|got|kept|won|set|cut|put|began|came|caught|sent|spent|shipped)(?![\p{L}])/u;
/**
 * One other person doing their part: "he agreed to these", "she took over the on-call rotation",
 * "he improved within a month". In a story about one report or one peer, that person is whom the
 * credit is owed to, and they appear: "nobody else appears" would be false.
 */
const OTHER_PERSON_ACTED =
  /(?<![\p{L}])(?:he|she)\s+(?:\p{L}+ly\s+)?(?:agreed|improved|took|started|began|worked|delivered|grew|accepted|stepped|became|turned|shared|opened|suggested|proposed|led|owned|met|hit|exceeded|built|wrote|fixed|ran|shipped|rebuilt|completed|finished|mentored|presented|committed|followed|adopted)(?![\p{L}])/u;
/** How many "myself" in sentences where the speaker acts before it reads as a hero story. */
const SELF_EMPHASIS_MIN = 2;
/** The speaker as a subject anywhere in the sentence ("I rewrote it myself", "I personally…"). */
const SPEAKER = /(?:^|[^\p{L}'])i(?:'d|'ve|'m|'ll)?(?=[^\p{L}']|$)/u;
function speakerActsIn(parsed: ParsedText, index: number): boolean {
  const sentence = parsed.sentences[index];
  return sentence !== undefined && SPEAKER.test(parsed.lower.slice(sentence.start, sentence.end));
}
/**
 * Prepositions after which "myself" is an object, not emphasis ("kept notes for myself", "was
 * hard on myself"). "by myself" is left out: "I did it all by myself" is the hero's phrase.
 */
const OBJECT_PREPOSITIONS = new Set([
  'for',
  'to',
  'about',
  'of',
  'on',
  'in',
  'with',
  'upon',
  'against',
  'than',
]);
/**
 * Verbs that take "myself" as their object. A list rather than any verb: the tagger reads some
 * nouns before a stressing "myself" as verbs ("rewrote the deploy tooling myself").
 */
const REFLEXIVE_VERBS = new Set([
  'ask',
  'remind',
  'tell',
  'push',
  'challenge',
  'force',
  'find',
  'catch',
  'teach',
  'put',
  'pace',
  'prepare',
  'introduce',
  'position',
  'allow',
  'give',
  'pride',
  'distance',
  'surround',
  'consider',
  'call',
  'see',
  'hold',
  'educate',
  'familiarize',
  'familiarise',
  'immerse',
  'motivate',
  'stretch',
  'kick',
  'question',
  'excuse',
  'express',
  'commit',
  'dedicate',
  'devote',
  'present',
  'make',
  'set',
  'buy',
  'get',
  'trust',
  'help',
  'check',
  'stop',
  'pick',
  'brace',
  'ground',
  'calm',
  'remove',
  'recuse',
  'hold',
  'hurt',
  'blame',
  'forgive',
  'reassure',
  'picture',
  'imagine',
  'train',
]);
/**
 * Whether the word at `start` ("myself", "personally") is the object of the verb or preposition
 * before it: "I asked myself…", "I reminded myself…", "I put myself in her shoes", "I took it
 * personally". Only "myself" after the deed's object or at the clause's end ("I rewrote it
 * myself") stresses that the speaker did it alone.
 */
function isReflexiveObject(parsed: ParsedText, index: number, start: number): boolean {
  const sentence = parsed.sentences[index];
  if (!sentence) return false;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (parsed.tokens[t]?.start !== start) continue;
    const before = parsed.tokens[t - 1];
    if (!before || t - 1 < sentence.tokenStart) return false;
    if (before.pos === 'ADP') return OBJECT_PREPOSITIONS.has(before.normal);
    return before.pos === 'VERB' && REFLEXIVE_VERBS.has(before.lemma);
  }
  return false;
}
/** A sentence that tells doing it oneself as a habit to overcome, not as the deed to admire. */
const CONFESSED =
  /(?<![\p{L}])(?:instinct|tempt\p{L}*|urge|habit|mistake|should(?: not|n't)? have|too much|too many|bottleneck|struggl\p{L}*|hardest|weakness|instead of delegating|rather than delegating|learn\p{L}*)(?![\p{L}])/u;
/** Any first-person singular word. */
const FIRST_PERSON = /(?<![\p{L}])(?:i|me|my|myself|mine|i'm|i've|i'd|i'll)(?![\p{L}])/u;
/** Words a story needs before telling it without any "I" counts as hiding the speaker. */
const SELFLESS_MIN_WORDS = 80;
/** "we" actions needed before the absence of any "I" action means the speaker is invisible. */
const INVISIBLE_MIN_WE = 3;

/**
 * The earliest "we" deed or passive clause: the first of them sorted by start (a stable sort, "we"
 * deeds before passives), without building the list.
 */
function firstOfOurs(facts: Facts): ActionHit | undefined {
  let first: ActionHit | undefined;
  for (const a of facts.actions) if (a.subject === 'we' && (!first || a.start < first.start)) first = a;
  for (const p of facts.passives) if (!first || p.start < first.start) first = p;
  return first;
}

/**
 * "When I took on the role of VP Engineering", "I joined as director", "I became head of
 * platform": taking a role sets the scene; it is not a deed of the story, and a story whose only
 * "I" is that one tells nothing the speaker did.
 */
const ROLE_AFTER =
  /^ (?:on |over )?(?:(?:the|a|an|my|this|that) )?(?:new )?(?:role|job|position|post|title|seat|reins)(?![\p{L}])|^ (?:over |on )?as (?:the |a |an |our |their )?(?:new |interim |acting |first )?[\p{L}-]+/u;
const ROLE_VERBS = new Set(['take', 'join', 'become', 'step']);

function takesRole(lower: string, action: ActionHit): boolean {
  if (!ROLE_VERBS.has(action.verb)) return false;
  if (action.verb === 'become') return true;
  return ROLE_AFTER.test(lower.slice(action.end, action.end + 60));
}

export default defineRule({
  meta: {
    id: 'attribution-balance',
    description: 'Show your own decisions and actions, and credit the team for theirs.',
    severity: 'warning',
    messages: {
      heroPhrase: '"{{phrase}}" erases the team: interviewers hear a lone hero, not a leader.',
      noTeamCredit: 'Every action is "I" and nobody else appears: the team gets no credit.',
      selfEmphasis:
        'Doing it "{{word}}" {{count}} times: the story is about your hands, not your leadership.',
      invisibleSelf:
        'Every action is "we" or passive ("{{example}}"): your own decisions and actions are invisible.',
    },
    followUps: {
      invisibleSelf: { question: 'What did you yourself decide or do, as opposed to the team?', priority: 0 },
      heroPhrase: { question: 'Who else was involved, and what did they own?', priority: 2 },
      noTeamCredit: { question: 'Who else was involved, and what did they own?', priority: 2 },
      selfEmphasis: { question: 'Why did you do that yourself rather than through the team?', priority: 2 },
    },
  },
  check({ facts, options, parsed, report }) {
    const mine = facts.actions.filter((a) => a.subject === 'i' && !takesRole(parsed.lower, a));
    // Passive deeds ("an engineer was assigned") hide the doer just as "we" can. Counted here;
    // the first of them is found only for a finding.
    let ours = facts.passives.length;
    for (const a of facts.actions) if (a.subject === 'we') ours++;
    // "I rewrote it myself", "I presented it myself": repeated self-emphasis is a hero story
    // even when the team is mentioned.
    // Asked for a weakness, the self is the subject by design ("I take too much on myself").
    const aboutWeakness = options.question !== null && asksAboutWeakness(options.question);
    const myself = (aboutWeakness ? [] : facts.cues.selfEmphasis).filter((m) => {
      const sentence = sentenceIndexAt(parsed, m.start);
      if (isReflexiveObject(parsed, sentence, m.start)) return false;
      // "My instinct was still to fix it myself", "things I'm tempted to do myself": the habit
      // confessed is the point of the story, not a boast.
      const here = parsed.sentences[sentence];
      if (here && CONFESSED.test(parsed.lower.slice(here.start, here.end))) return false;
      return mine.some((a) => a.sentence === sentence) || speakerActsIn(parsed, sentence);
    });
    // Two hero signals are a red flag, not a slip of the tongue.
    const hero = facts.heroSignals;
    const heroic = hero.length >= 2 || (hero.length >= 1 && myself.length >= SELF_EMPHASIS_MIN);
    hero.slice(0, 2).forEach((h, i) => {
      report({
        messageId: 'heroPhrase',
        start: h.start,
        end: h.end,
        data: { phrase: h.text },
        actual: h.text,
        points: i === 0 ? -10 : -6,
        severity: heroic ? 'error' : undefined,
        suggestion:
          'Say what you enabled: "I set the direction and the team of six rebuilt it in three weeks."',
      });
    });
    const firstSelf = myself[0];
    // Beside a hero signal, two "myself" already make it a red flag (above); twice that many is
    // the same pattern again ("I personally reviewed…, personally approved…, personally led…"),
    // reported as a second red flag of the same rule.
    const pattern = hero.length > 0 && myself.length >= 2 * SELF_EMPHASIS_MIN;
    if (myself.length >= SELF_EMPHASIS_MIN && firstSelf && (hero.length === 0 || pattern)) {
      report({
        messageId: 'selfEmphasis',
        start: firstSelf.start,
        end: firstSelf.end,
        data: { word: firstSelf.text, count: myself.length },
        actual: firstSelf.text,
        points: -6,
        severity: pattern ? 'error' : undefined,
        suggestion:
          'Say what the team did and what you enabled; keep "myself" for the one call only you could make.',
      });
    }
    // Named groups doing the work count as credit too: "the routing team rebuilt it". The pattern
    // is the costly check, so it runs last. A view ("Tell me about yourself", "Why should we hire
    // you?") is asked about the speaker alone: "I studied…, I joined…, I moved…" credits no one
    // and owes no one credit.
    if (
      options.questionKind !== 'view' &&
      mine.length >= LONE_HERO_MIN_ACTIONS &&
      facts.cues.teamCredit.length === 0 &&
      !NAMED_GROUP.test(parsed.lower) &&
      !OTHER_PERSON_ACTED.test(parsed.lower)
    ) {
      const span = wholeAnswer(parsed);
      report({
        messageId: 'noTeamCredit',
        start: span.start,
        end: span.end,
        points: -6,
        suggestion: 'Name who did what with you: the engineers, peers or partners, and what they owned.',
      });
    }
    // Mostly "we" with one token "I" still hides the speaker's role, at half the cost.
    // A story told without a single "I", "me" or "my" hides the speaker however few its "we"s.
    // (Read only when it can count: with an "I" deed, the answer has a first-person word.)
    const selfless =
      mine.length === 0 &&
      options.asksForPastStory &&
      parsed.words >= SELFLESS_MIN_WORDS &&
      !FIRST_PERSON.test(parsed.lower);
    // An approach told as the speaker's own method ("I first write down…, I tell my manager…") shows
    // the speaker in every step, though none is a past deed.
    const ownMethod = (facts.approach?.method.length ?? 0) > 0;
    const hidden = !ownMethod && mine.length === 0 && (ours >= INVISIBLE_MIN_WE || selfless);
    const faint =
      !ownMethod && !hidden && ours >= 2 * INVISIBLE_MIN_WE && mine.length / (mine.length + ours) < 0.15;
    if (hidden || faint) {
      const first = firstOfOurs(facts);
      const span = first ? sentenceAt(parsed, first.start) : wholeAnswer(parsed);
      report({
        messageId: 'invisibleSelf',
        start: span.start,
        end: span.end,
        data: { example: first ? parsed.text.slice(first.start, first.end) : 'we' },
        points: hidden ? -10 : -5,
        // Not one "I", "me" or "my" in a story asked of you: the question went unanswered.
        severity: selfless && mine.length === 0 ? 'error' : undefined,
        suggestion:
          'Keep "we" for the team\'s work and add "I" for your calls: "I proposed…, I convinced…, I decided…".',
      });
    }
  },
});
