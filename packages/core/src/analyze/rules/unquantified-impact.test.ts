import { expectRule } from '../rule-tester';

expectRule('unquantified-impact', {
  valid: [
    {
      name: 'an incident told with its time to restore ("within 20 minutes… which restored service")',
      text: `Last March our payments API went down during the evening peak. I was the incident commander and split the response into a mitigation track and a diagnosis track. Within 20 minutes we rolled back the last deploy, which restored service for most customers. I ran a blameless postmortem that led to config validation in CI. I learned to open the status page in the first five minutes.`,
    },
    {
      name: 'a failure story quantifies its cost: "we missed it by two weeks"',
      text: `In my first year as a manager I promised a client a delivery date without checking with my team. We missed it by two weeks and the client was frustrated. I owned the mistake, apologised, and worked with the team on a realistic plan. Since then I always validate estimates with the engineers before committing.`,
      options: { question: 'Tell me about a time you failed.' },
    },
    {
      name: '"significantly (from 40% to 12%)": the intensifier has its figure',
      text: `At Ravenna Health I was director of engineering for the pharmacy platform, about 60 engineers across seven teams. Prescription refill requests were failing at checkout for about 40% of patients on our older Android app, and the call centre was taking the hit. My goal was to bring failed refills below 15% before the winter peak. I asked two of my managers to form a joint team around the refill flow, and I negotiated with the head of product to pause the loyalty feature for six weeks. The team found that a token refresh bug was logging patients out mid-checkout. We cut failed refills significantly (from 40% to 12%) and call-centre volume for refills fell by a third, saving about $1.5M a year. The refill team's release checklist was adopted by the other six teams. I learned to look at the support queue before the dashboards.`,
    },
    {
      name: '"a lot of legacy code" in the situation sets the scene; it claims no impact',
      text: `At Ironbark Software I was the director of engineering for our HR suite. We had a lot of legacy code from the acquisitions and releases were painful. My goal was to get to weekly releases within a year. I asked my managers to each own one legacy module, and I funded a platform team to build a shared release pipeline. Release cycles went from six weeks to one, customer-reported defects fell 45%, and renewal rates rose from 88% to 93%, about $4M a year. The release pipeline became the standard for the whole company. I learned that release speed is an organisational problem first.`,
    },
    {
      name: 'one buzzword beside the facts is a habit of speech',
      text: 'At Tallis I led the 40-engineer payments org. I set a goal of cutting failed payments in half and asked my two managers to own the retry and the fraud work. Failed payments fell from 4% to 1.8% in two quarters, worth about $3M a year, and I think that built a culture of ownership.',
    },
  ],
  invalid: [
    {
      name: 'an answer made of buzzwords, with no figure behind them',
      text: 'As VP of Engineering, I set the vision for the whole organization and built a culture of excellence. I worked with the executive team to align engineering with business goals and made sure we were delivering value to customers. I built a world-class engineering team, and the results speak for themselves.',
      messageIds: ['buzzwords', 'noMetrics'],
      spans: ['set the vision for', null],
    },
    {
      name: '"we improved performance significantly" with no figure anywhere',
      text: `At Tallgrass Media I was the engineering manager for the video player, a team of seven. Our player was slow to start on smart TVs and viewers were complaining. My task was to make playback start faster before the spring schedule launched. I worked with the CDN team and our tech lead to rework how we preloaded the first segments, and we simplified the startup sequence. We improved performance significantly and viewer complaints dropped dramatically. The business was really happy with the results. I learned that startup time is the first impression of the whole product.`,
      // The missing-figure finding points at the result sentence, which starts before its vague words.
      messageIds: [
        'noMetrics',
        'vagueIntensifier',
        'vagueIntensifier',
        'vagueIntensifier',
        'vagueIntensifier',
      ],
      spans: [
        'we improved performance significantly',
        'improved performance',
        'significantly',
        'dramatically',
        'really happy',
      ],
    },
    {
      name: 'a vague claim two sentences away from the only figures',
      text: `At Sunmill Retail I led a 30-person engineering group for our marketplace. Seller onboarding took eleven days on average and we were losing sellers to a rival marketplace. My task was to get onboarding under three days by Q4. Onboarding time dropped from eleven days to two and a half, and new seller sign-ups grew 28% in the quarter. To get there, I asked the seller tools team to map every step with the operations team. I got legal to agree to verify documents after go-live rather than before. I also asked our designers to rewrite the seller help pages. The seller experience improved dramatically as a result. I learned that the slowest step is often a policy, not a system.`,
      messageIds: ['vagueIntensifier'],
      spans: ['dramatically'],
    },
    {
      name: 'a qualitative result with no number at all',
      text: `At Hollowell Publishing I led the digital products group. Our editors hated the content management system and were working around it with spreadsheets. My goal was to give them a tool they would actually choose to use. I spent time shadowing editors, and I asked our design lead to run a co-design session with the senior editors. We replaced the article editor first and kept the rest of the system in place. Editors stopped using the spreadsheets and the editor-in-chief asked us to do the same for the photo desk. I learned to start with the people who complain the loudest.`,
      messageIds: ['noMetrics'],
    },
    {
      name: 'a growth story ending in what became of the person, with no figure: the lighter finding',
      text: `When I took over the checkout group, one of my engineers, Reza, rarely spoke in design reviews but wrote our clearest design documents. I suspected the reviews rewarded people who think out loud, and that I was part of the problem because I chaired every one. My goal was to give him the room to lead. I asked him to run the next review and I sat at the back and kept quiet. Afterwards I gave him two specific things to change and one thing he had done better than I would have. Over the next year he ran all of our reviews, then went on to lead the payments integration with our partner teams. He now manages a team of his own. I learned that my habit of chairing every meeting was taking room from other people.`,
      messageIds: ['noMetricsPeopleOutcome'],
      spans: ['went on to'],
    },
    {
      name: 'a coaching story ending in where the person got to ("his velocity was back to the team average")',
      text: `One of my engineers started missing sprint commitments. Instead of assuming, I set up a private one-on-one to understand what was going on. It turned out he was struggling with a new codebase and didn't want to ask for help. We agreed on a plan with pairing sessions and weekly check-ins. Within a month his velocity was back to the team average, and later he was mentoring new hires on that same codebase.`,
      options: { question: 'Tell me about a time you dealt with an underperforming employee.' },
      messageIds: ['noMetricsPeopleOutcome'],
      spans: ['was back to'],
    },
    {
      name: 'spoken: "it went really well" and "a huge success", no figure',
      text: `So, at Brambleway Insurance I ran the quoting team, about twelve engineers, and our agents were, you know, waiting ages for quotes on commercial policies. My job was to make quoting fast enough that agents would stop calling underwriters directly. I brought the underwriters and my senior engineers into one room, and we rewrote the rules that sent every quote to manual review. The launch went really well and honestly it was a huge success with the agents. I learned that the experts in the room beat any requirements document.`,
      options: { spoken: true },
      messageIds: ['noMetrics', 'vagueIntensifier', 'vagueIntensifier'],
      spans: ['the launch went', 'really well', 'huge success'],
    },
  ],
});
