import { expectRule } from '../rule-tester';

const PRIORITISE = { question: 'How do you prioritise when everything is urgent?' };

/** A method: present-tense steps, the trade-off behind them, no case. */
const METHOD = `I start by writing every request on one list with the outcome it is meant to move, because urgency without an outcome is just noise. Then I score each item on customer impact, risk and effort, and I share the scores with the product and support leads so the ranking is argued in the open. I protect one slot for incidents and security work, since those cannot wait for a planning meeting. Whatever falls below the line gets a date for review rather than a silent no.`;

/** The same method, grounded in a case told in the past. */
const CASE = `For example, at Fernhill Logistics last spring we had eleven urgent asks in one week. I ran that scoring with the product lead, we shipped the three with the largest customer impact, and we moved the rest to the next cycle with dates. Escalations to my director dropped from weekly to once that quarter.`;

expectRule('approach-grounding', {
  valid: [
    {
      name: "a case brought in as one and told in the past, the speaker's deed left implicit",
      text: 'I start by making the requests comparable: for each one I ask what problem it solves, for whom, and what happens if we wait a quarter. Then I score them on impact and effort with the product manager, and we share the ranked list openly so stakeholders can see why their item sits where it does. When two senior stakeholders disagree on the top slot, I bring them together with the data rather than deciding in private. For example, last year sales wanted a custom reporting feature for one big deal while support wanted bulk editing; laying out revenue at risk against ticket volume, the VPs agreed on bulk editing first, and the deal closed anyway with a workaround.',
      options: { question: 'How do you prioritize competing requests from stakeholders?' },
    },
    {
      name: 'a method grounded in a real time named "during our …" with one sentence of deeds',
      text: 'I break the work into the next three things that matter and say no to the rest, because focus is what stress takes away first. During our Q4 migration I kept a daily list with my lead, moved two low-value tasks out, and we shipped on the planned date.',
      options: { question: 'How do you handle stress?' },
    },
    {
      name: 'a method grounded in a real case',
      text: `${METHOD} ${CASE}`,
      options: PRIORITISE,
    },
    {
      name: 'an approach shown through the case that used it',
      text: `At my last company we grew from two teams to seven in a year. I introduced a written design review and we set up a weekly architecture forum, so decisions stayed visible as the team grew. We also paired every new hire with a senior engineer for their first month.`,
      options: { question: 'How would you scale an engineering team from 20 to 80 people?' },
    },
    {
      name: 'asked for a story, the rule stays silent',
      text: 'I just work hard and communicate.',
      options: { question: 'Tell me about a time you had to prioritise under pressure.' },
    },
    {
      name: 'no question given, the rule stays silent',
      text: 'I just work hard and communicate.',
    },
    {
      name: 'one sentence that lists its means ("by framing…, bringing… and writing…") is a method',
      text: 'I rarely win on authority. I win by framing the problem in writing, bringing data to the first meeting, and asking the loudest critic to co-own the decision. For example, last year I moved our four payments teams onto one ledger that way, and the migration landed a quarter early.',
      options: { question: 'How do you influence without authority?' },
    },
    {
      name: 'a real case named by its month ("Last March, in the week we launched…")',
      text: "When a launch week piles up, I first write down everything that's due and sort it by what breaks for a customer if it slips. I tell my manager early which items I'm letting slip, so nobody is surprised. Last March, in the week we launched self-serve billing, that meant pushing the admin redesign by a sprint; we launched on the date with no sev-1s.",
      options: { question: 'How do you handle stress and pressure?' },
    },
  ],
  invalid: [
    // Three actions joined in one sentence are a procedure: only the real case is missing.
    {
      name: 'a plan whose steps are three joined actions ("I\'d ask…, find…, and focus…")',
      text: "I'd start by finding out what makes a release risky today. I'd ask the engineers what slows a change down, find the slowest stage, and focus the team on that stage alone.",
      options: { question: 'Your team ships once a month. What steps would you take to ship more often?' },
      messageIds: ['ungrounded'],
    },
    // Criteria weighed are a method's content: only the real case is missing.
    {
      name: 'a method told as the criteria weighed ("on their impact, urgency and effort"; "the dependencies")',
      text: "Choosing between deadlines needs a consistent rule. I rank the work on its impact on the quarter's goals, its urgency, and the effort it takes. I also weigh the dependencies between items and the consequences of letting each one slip. The team and the affected stakeholders see the ranking before it is final.",
      options: { question: 'How do you decide which work comes first when deadlines conflict?' },
      messageIds: ['ungrounded'],
    },
    // What one does about a weakness is its method: only the real case is missing.
    {
      name: 'a weakness with the work on it ("working on improving … by taking workshops")',
      text: "I've found that I can sometimes get nervous when speaking in front of large groups. However, I've been working on improving my public speaking skills by taking workshops and practicing in smaller groups.",
      options: { question: "What's your greatest weakness?" },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a weakness with the habit changed ("I used to…, but I focused on…")',
      text: 'I used to constantly interrupt people, but I focused on letting people finish. Now I am considered a good listener.',
      options: { question: 'What is your greatest weakness?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a weakness with courses taken for it ("I\'ve taken courses in…", no article)',
      text: "I've had trouble delegating duties to others because I felt I could do things better and faster myself. This sometimes backfired because I'd end up with more than I could handle. But I've taken courses in time management and effective delegation, so I feel I've made great progress.",
      options: { question: 'What is your greatest weakness?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a weakness with what one has been doing since ("so I\'ve been laying out…")',
      text: "I've been told I occasionally focus on details and miss the bigger picture, so I've been spending time laying out the complete project every day to see my overall progress.",
      options: { question: "What's your biggest weakness?" },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a weakness with the club joined for it ("Last year I joined Toastmasters")',
      text: "I get nervous speaking in front of large groups. Last year I joined Toastmasters, and I now present our team's results at the monthly all-hands.",
      options: { question: 'What is your greatest weakness?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a method told as "I like to …": two habits joined are two steps',
      text: 'When faced with a conflict, I like to ask questions and understand my coworker’s perspective. This helps keep the situation calm. After this, I’ve found it’s much easier to come to an agreement or compromise.',
      options: { question: 'How do you handle conflict?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a clear method with no real case',
      text: METHOD,
      options: PRIORITISE,
      messageIds: ['ungrounded'],
      spans: ['Whatever falls below the line gets a date for review rather than a silent no.'],
    },
    {
      name: 'a weakness with the step taken about it ("so I joined Toastmasters") has its method',
      text: 'I used to avoid public speaking. So I joined Toastmasters, gave a talk every month for a year, and now I enjoy presenting to the leadership team.',
      options: { question: 'What are your weaknesses?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a weakness with what the speaker has learned since ("I\'ve learned not to…", "since then I…") has its method',
      text: "Early on I tended to overbook my week with customer calls, and I wasn't giving each one enough time. Since then I've learned not to schedule more than four calls a day, and I keep Friday for follow-ups.",
      options: { question: 'What is your greatest weakness?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'a weakness with the remedy told in the past ("but I read a book and practised") has its method',
      text: "I wasn't confident presenting to executives when I first became a manager, but I read two books on it, practised with my director every week, and asked for feedback after each review. Now I coach new managers on it.",
      options: { question: 'What is your greatest weakness?' },
      messageIds: ['ungrounded'],
    },
    {
      name: 'one means after "by" is one step, not a method',
      text: 'I influence people by listening. The goal is that everyone feels heard.',
      options: { question: 'How do you influence without authority?' },
      messageIds: ['noMethod', 'noCase'],
    },
    {
      name: 'a platitude and no method',
      text: 'I just work hard and communicate. Everything gets done in the end.',
      options: PRIORITISE,
      messageIds: ['noCase', 'noMethod', 'platitude'],
      spans: ['I just work hard', null, 'work hard'],
    },
    {
      name: 'values stated as habits, with no step, condition or reason: generic, not a method',
      text: 'I always make sure everyone is aligned. I like to empower my engineers and trust them to deliver.',
      options: { question: 'How do you keep a team aligned?' },
      messageIds: ['noCase', 'noMethod'],
    },
    {
      name: 'a stock claim in place of a method',
      text: "I'm a team player. I just work hard and communicate.",
      options: { question: 'How do you handle a project that is falling behind?' },
      messageIds: ['noCase', 'noMethod', 'platitude'],
      spans: [null, null, 'team player'],
    },
    {
      name: 'asked for a weakness, "perfectionist" is left to disguised-weakness, not said twice',
      text: "I'm a perfectionist. I care too much about the details.",
      options: { question: "What's your biggest weakness?" },
      messageIds: ['noCase', 'noMethod'],
    },
    {
      name: 'a scenario answered with a state, not a plan',
      text: 'That would be hard. I usually have a lot on my plate anyway.',
      options: { question: 'What would you do if your best engineer resigned tomorrow?' },
      messageIds: ['noCase', 'noMethod'],
    },
  ],
});
