import { expectRule } from '../rule-tester';

const DISLIKE = "What didn't you like about your last job?";
const PREFER = 'Do you prefer to attack conflict head on or avoid it?';

expectRule('view-reasoning', {
  valid: [
    {
      name: 'reasons told as what draws one and what a fact tells one (", so I know", "I like that…; that tells me")',
      text: "I've used your product for three years as a customer, so I know the pain points from the other side. What draws me is your move into the enterprise market: I've spent the last five years building platform teams that took products from startup scale to enterprise customers, and that's exactly the stage you're at. I also like that your engineering blog talks openly about incidents; that tells me the culture values learning over blame, which is how I run my teams.",
      options: { question: 'Why do you want to work here?' },
    },
    {
      name: 'asked why they should be hired, evidence is the reason ("my experience as… shows that")',
      text: 'Your advert asks for someone who is numerate and presents well. My experience as a financial analyst at Transworld Bank shows that I am good with numbers: I built the forecasting model our CFO still uses, and I presented it to the board twice.',
      options: { question: 'Why should we hire you?' },
    },
    {
      name: 'a pitch whose highlight is claimed in a summary ("a history of delivering top scores")',
      text: 'My name is Jane Smith, and I am a career banker with a history of delivering top customer service scores and strong business results since I started at Bank of America. I want to lead a branch team here because I have coached tellers for five years and enjoy it.',
      options: { question: 'Tell me about yourself.' },
    },
    {
      name: 'leaving a job one disliked, told with what comes next',
      text: "Honestly, I didn't enjoy the sales side of the role. At Acme I ran the customer demos and rebuilt our onboarding guide with the product team, and that work is what I want to do next, because it is where I help customers most. This position offers exactly that.",
      options: { question: 'Why are you looking to leave your current job?' },
    },
    {
      name: 'a pitch with one highlight and its result',
      text: 'I lead a platform group of 40 engineers at Kestrel Bank, because I like building the things other teams stand on. Last year we moved payments onto a single ledger, and reconciliation time fell from five days to one. I am looking for a larger platform remit, which is why this role caught my eye.',
      options: { question: 'Tell me about yourself.' },
    },
    {
      name: 'a view with its reason and the moment it comes from',
      text: `It depends on whether the problem will come back. Last year I let a recurring code-review dispute between two leads run for a month, and it cost us a release. Since then I raise a recurring issue in the first week, because it only grows, and I let one-off friction go.`,
      options: { question: PREFER },
    },
    {
      name: 'family in passing is not private life told as the answer',
      text: 'I grew up in Leeds and moved to Berlin with my family in 2015, because the startup scene there was where I wanted to build things. Since then I have led two platform teams, most recently the one that moved our payments onto a single ledger.',
      options: { question: 'Tell me about yourself.' },
    },
    {
      name: 'a purpose is a reason ("leaving … to pivot into…")',
      text: "I'm leaving my current job to pivot into healthcare software. I spent four years building scheduling tools for clinics, and I left those teams in good hands: my manager is one of my references.",
      options: { question: 'Why are you leaving your current job?' },
    },
    {
      name: 'why leave a job may name pay plainly; only why-join questions ask what draws you',
      text: 'I left because the pay was better at the new company, and because I wanted to lead a team, which my old role could not offer. I had asked for a team for two years.',
      options: { question: 'Why did you leave your last job?' },
    },
    {
      name: 'a story question is not judged here',
      text: 'My last job was terrible. My boss micromanaged everyone.',
      options: { question: 'Tell me about a time you disagreed with your manager.' },
    },
    {
      name: 'without a question, nothing is judged here',
      text: 'My last job was terrible. My boss micromanaged everyone.',
    },
  ],
  invalid: [
    {
      name: 'asked what they know about the company: nothing, and hoping to be told',
      text: 'Not much, honestly. I was hoping you could tell me.',
      options: { question: 'What do you know about our company?' },
      messageIds: ['selfServing', 'noExperience', 'noReason', 'selfServing'],
      spans: ['Not much, honestly.', null, null, 'hoping you could tell me'],
    },
    {
      name: 'asked why, no reason at all: the question unanswered (an error)',
      text: "I've worked in this industry for years. I think I can make a difference here.",
      options: { question: 'Why do you want to work here?' },
      messageIds: ['noReason'],
      severities: ['error'],
    },
    {
      name: 'a pitch that walks through the résumé and names nothing achieved',
      text: 'I grew up in Leeds and studied economics at Bristol. After university I took a job as an analyst at a bank in London, and two years later I left to join a fintech start-up as a product analyst. I moved into engineering management there in 2021, because I enjoyed the people side most.',
      options: { question: 'Walk me through your resume.' },
      messageIds: ['noHighlight'],
      severities: ['error'],
    },
    {
      name: 'a pitch of pastimes and family ("I used to play football a lot")',
      text: 'My name is John. Football is my favorite sport and I used to play it a lot in my school days. I am a Liverpool fan and have been following them for many years. My father is an engineer and my mother is a housewife.',
      options: { question: 'Tell me about yourself?' },
      messageIds: ['noReason', 'noHighlight'],
      // Not asked "why": the missing reason is one gap among others.
      severities: ['warning', 'error'],
    },
    {
      name: 'a pitch whose one deed is a degree finished ("I just finished and now am looking…")',
      text: "I am a hard worker who is good with numbers. After I worked as an analyst at an insurer for a few years, I decided to go back to school for a master's. I just finished and now I am looking for a new challenge.",
      options: { question: 'Tell me about yourself.' },
      messageIds: ['noHighlight'],
    },
    {
      name: 'a pitch whose only growth is wished for ("a company that offers growth opportunities")',
      text: 'I am originally from Denver and happily settled here now. My partner moved for work three months ago, and I have been getting us set up in our new home. I have worked in several customer service jobs, and I am looking for a company that offers growth opportunities.',
      options: { question: 'Tell me about yourself.' },
      messageIds: ['noHighlight', 'platitude'],
    },
    {
      name: 'a life story whose only "raised" is an upbringing',
      text: 'Sure. I was born and raised in Ohio, and my parents were both teachers. I studied computer science at Ohio State and really enjoyed it. After graduating I joined a consulting firm as a developer, stayed four years, then moved to a fintech start-up where I became a team lead. Outside of work I love hiking, and I am now looking for my next challenge.',
      options: { question: 'Tell me about yourself.' },
      messageIds: ['noHighlight'],
    },
    {
      name: 'stock claims and nothing done to show them',
      text: "You should hire me because I'm a hard worker and a team player, and I always give it my all.",
      options: { question: 'Why should we hire you?' },
      messageIds: ['noExperience', 'platitude'],
      spans: [null, 'hard worker'],
    },
    {
      name: 'a reason to join that any job would satisfy',
      text: 'Honestly, the pay is better than at my current job and the office is close to my home, so the commute would be easy. I think I would do well here because I have done this work before.',
      options: { question: 'Why do you want to work here?' },
      messageIds: ['selfServing', 'selfServing', 'noExperience'],
      spans: ['the pay is better', 'close to my home'],
    },
    {
      name: 'praise any company would get, pay and a short commute',
      text: "I want to work here because it's a great company and I've heard really good things about the culture. It seems like a place where I could grow. Also the salary and benefits are very competitive, and the office is close to where I live.",
      options: { question: 'Why do you want to work here?' },
      messageIds: ['platitude', 'selfServing', 'selfServing'],
      spans: ['a great company', 'very competitive', 'close to where i live'],
    },
    {
      name: 'private life told as the answer to "tell me about yourself"',
      text: 'Well, I grew up in Mombasa, and my parents divorced when I was ten. I was engaged for two years, but he cheated on me, so now I am single again and I wanted a fresh start.',
      options: { question: 'Tell me about yourself.' },
      messageIds: ['privateLife', 'noReason', 'noHighlight'],
      spans: ['parents divorced', null, null],
    },
    {
      name: 'a complaint with no reason and nothing real behind it',
      text: `My last job was terrible. My boss was always micromanaging the team, and the company was a mess. I was miserable every day.`,
      options: { question: DISLIKE },
      messageIds: ['noExperience', 'noReason', 'dislikeOnly'],
      spans: [null, null, 'was miserable'],
    },
    {
      name: 'leaving told as dislike alone, nothing moved toward',
      text: "I quit my job because I didn't like it. That's all. It didn't suit me.",
      options: { question: 'Why did you leave your last job?' },
      messageIds: ['dislikeOnly'],
      spans: ["didn't like it"],
    },
    {
      name: 'asked what was wrong with a former company, friction with the boss and nothing ahead',
      text: 'My supervisor and I tended to have disagreements over the proper course of action. Over time those disagreements were starting to cause my anxiety at work, and I decided it was time to leave.',
      options: { question: 'What was wrong with your last company?' },
      messageIds: ['dislikeOnly', 'noReason'],
    },
    {
      name: 'a reasoned view with no experience behind it',
      text: `I suppose it depends on the problem. I would deal with a problem head on if I expect it to recur, and let a one-off go.`,
      options: { question: PREFER },
      messageIds: ['noExperience'],
    },
  ],
});
