/**
 * What an answer says when it answers a question about each topic (framework/questions/
 * asked-topic.ts). Generous on purpose: one word from the family is enough, because the rule
 * that reads them (off-question) fires only when none is there at all.
 */
import type { AskedTopic } from '../../framework/questions/asked-topic';
import { COMPETENCY_CUES } from '../../portfolio/competency-cues';

/** Beyond the competency's own story cues (portfolio/competency-cues.ts): the implicit ways. */
const MORE_EVIDENCE: Record<AskedTopic, readonly string[]> = {
  // Two people or groups wanting different things, and the friction it caused.
  conflict: [
    "didn't agree",
    'did not agree',
    "wouldn't agree",
    'conflicting',
    'argue',
    'argued',
    'arguing',
    'argument',
    'arguments',
    'pushing back',
    'push-back',
    'objected',
    // A view set against the other side's, or the decision taken over it.
    'i thought that was',
    'i thought it was',
    'a waste of time',
    'decision reversed',
    'reversed the decision',
    'overruled',
    'went over',
    'went straight to',
    'objection',
    'objections',
    'debate',
    'debated',
    'resisted',
    'resistance',
    'opposed',
    'butted heads',
    'frustrated',
    'frustration',
    'upset',
    'annoyed',
    'angry',
    'heated',
    'challenged',
    'skeptical',
    'sceptical',
    'unhappy',
    'concerns',
    'different view',
    'different views',
    'different opinion',
    'different opinions',
    'differing',
    'disputed',
    'the other side',
    'their side',
    'his side',
    'her side',
    'his view',
    'her view',
    'their view',
    'his position',
    'her position',
    'their position',
    'compromise',
    'common ground',
    'escalate',
    'escalated',
    // Implicit: a view held against another, and the agreement that ended it.
    'tense',
    'frustrating',
    'felt strongly',
    'feel strongly',
    'was wrong',
    'wrong call',
    'insisted',
    'pushed for',
    'pushing for',
    'agree',
    'agreed',
    'aligned',
    'resolve',
    'resolved',
    'resolution',
    // Friction with a person, told without the word "conflict": "he was very critical of
    // everyone's work", "she tried to undermine me", "we clashed".
    'clash',
    'clashed',
    'clashing',
    'friction',
    'tension',
    'tensions',
    'critical of',
    'criticising',
    'criticizing',
    'criticism',
    'undermine',
    'undermining',
    'hated',
    'hostile',
    'confrontation',
    'confrontational',
    'confront',
    'confronted',
    'attitude',
    'difficult colleague',
    'difficult coworker',
    'difficult person',
    'problem with me',
    'issue with me',
    'her problem',
    'his problem',
    'their problem',
    'unwilling',
    'refused',
    'at odds',
    'head on',
    'head-on',
  ],
  // People outside the speaker's line: peers, partners, other teams, and winning them over.
  influence: [
    'counterpart',
    'counterparts',
    'other team',
    'other teams',
    'another team',
    'other org',
    'other orgs',
    'another org',
    'other organization',
    'other organisation',
    'sister team',
    'their team',
    'their teams',
    'their org',
    'their roadmap',
    'their director',
    'their vp',
    'their manager',
    'their lead',
    'their leadership',
    'bought in',
    'won over',
    'win over',
    'on board',
    'made the case',
    'make the case',
    'pitched',
    'sponsor',
    'no authority',
    "didn't report to me",
    'did not report to me',
    "don't report to me",
    'not my team',
    'outside my org',
    'outside my team',
    // Upward: the business, its executives and their yes.
    'the business',
    'leadership',
    'ceo',
    'cfo',
    'cto',
    'coo',
    'vp',
    'svp',
    'approved',
    'approval',
    'signed off',
    'sign-off',
    'agreed',
    'proposed',
    'proposal',
    'business case',
    // The person to be won over, and their no turned round: "my manager initially objected…".
    'objected',
    'objections',
    'skeptical',
    'sceptical',
    'resistant',
    'resistance',
    'pushback',
    'pushed back',
    'convinced',
    'persuaded',
    'came around',
    'changed her mind',
    'changed his mind',
    'changed their mind',
    'my manager',
    'my boss',
    'my director',
    'my vp',
  ],
  // A person's work falling short of what the role needs, and what was done about it.
  performance: [
    'performance',
    'underperformed',
    'struggling',
    'struggled',
    'improvement plan',
    'missed deadlines',
    'fell behind',
    'falling behind',
    'not delivering',
    "wasn't delivering",
    'managed out',
    'exit',
    'missed',
    'commitments',
    'delivery',
    'recovered',
    'one-to-one',
    'one-on-one',
    '1:1',
    '1:1s',
    'one-on-ones',
  ],
  // People being brought in: the hiring process and its candidates.
  hiring: [
    'interview',
    'interviews',
    'interviewed',
    'interviewing',
    'interviewers',
    'offer',
    'offers',
    'pipeline',
    'job',
    'role',
    'roles',
  ],
};

/**
 * Story cues too general to show the situation: every leadership story "aligns" its own teams,
 * so alignment says nothing about people outside the speaker's authority.
 */
const TOO_GENERAL: Partial<Record<AskedTopic, readonly string[]>> = {
  influence: ['align', 'aligned', 'alignment'],
};

function evidenceFor(topic: AskedTopic): readonly string[] {
  const general = new Set(TOO_GENERAL[topic] ?? []);
  const cues = COMPETENCY_CUES[topic].filter((cue) => !general.has(cue));
  return [...new Set([...cues, ...MORE_EVIDENCE[topic]])];
}

/** Per topic: one of these in the answer shows it is about what was asked. */
export const ASKED_TOPIC_EVIDENCE: Record<AskedTopic, readonly string[]> = {
  conflict: evidenceFor('conflict'),
  influence: evidenceFor('influence'),
  performance: evidenceFor('performance'),
  hiring: evidenceFor('hiring'),
};

/**
 * The work handed to the speaker: "my manager suggested I look into this", "I was asked to…",
 * "I was assigned the migration". Read by off-question's `assigned` when the question asks for
 * initiative.
 */
export const ASSIGNED_WORK =
  /(?<![\p{L}])(?:(?:my|our|the) (?:manager|boss|lead|team lead|tech lead|director|supervisor|vp|skip-level|skip level|cto|ceo) (?:suggested|asked|told|assigned|wanted|instructed|directed|had) (?:me|that i|i|us)|(?:i|we) (?:was|were) (?:asked|told|assigned|given|tasked|instructed|put in charge)(?![\p{L}]))/u;

/**
 * The speaker starting it: "I noticed…", "nobody had asked", "I volunteered", "on my own". One of
 * these and the assignment is only part of the story.
 */
export const SELF_STARTED =
  /(?<![\p{L}])(?:i noticed|i spotted|i saw that|i realized|i realised|i decided|i volunteered|i offered|i proposed|i suggested|i raised|i took it on|i took the initiative|on my own|nobody (?:had )?asked|no one (?:had )?asked|without being asked|wasn't my (?:job|responsibility|team)|was not my (?:job|responsibility|team)|outside my (?:role|team|remit))(?![\p{L}])/u;
