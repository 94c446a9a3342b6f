import { expectRule } from '../rule-tester';

/** About half the answer is told at implementation level, with some leadership in between. */
const HALF_DEEP = `At Nimbus Data I led the storage team, eight engineers, and our ingestion was falling behind every evening. Our pipeline was built on Kafka with a Postgres sink, and consumer lag on the main topic grew past two hours under load. The team found the JDBC batch size was too small and the connection pool was saturated. I asked our tech lead to own the fix and I kept the feature requests away from the team for a month. They moved the sink to batched COPY writes, raised the partition count from 12 to 48, and added a Redis cache for the lookup queries. We also tuned the JVM heap and moved to the G1 collector. Lag dropped from two hours to under 30 seconds. I learned to protect the team's focus when the problem is deep.`;

/** The same story with one sentence on what it meant for customers. */
const HALF_DEEP_FRAMED = `${HALF_DEEP} The lag had been delaying customers' morning reports; after the fix, support complaints about late reports fell by 70%.`;

expectRule('implementation-detail', {
  valid: [
    {
      name: 'the same technical fix framed by the customers, the decision and the outcome',
      text: `At Nimbus Data I led the storage team, eight engineers, and our biggest customers, two banks worth about $6M a year together, were threatening to leave because their dashboards were two hours stale. My goal was to get data freshness under a minute before their renewals in Q3. I decided to keep the existing stack rather than re-platform, because a rewrite would have taken two quarters we did not have. The team moved the Postgres sink to batched writes and raised the Kafka partition count, and I negotiated a two-week feature freeze with product so they could focus. Data freshness went from two hours to 30 seconds, both banks renewed, and support tickets about stale dashboards fell by 80%. The batching pattern became the standard for every ingestion service. I learned that the fastest fix is often tuning what you have, if you can buy the team the time to do it.`,
    },
    {
      name: 'a people story with no technical detail',
      text: `At Holloway Health I was the director for patient-facing products, about 70 engineers. Two of my managers were in open conflict about ownership of the appointment booking flow, and their teams had started copying each other's work. My goal was to settle ownership within a month and repair the relationship. I met each manager separately, then together, and I made the ownership call myself, with a written rationale. I moved one senior engineer between the teams to rebuild trust. Duplicate work stopped, delivery on the booking roadmap improved from 60% to 90% of commitments, and both managers are still with the company. I learned that ambiguity about ownership always costs more than a hard call.`,
    },
    {
      name: 'a technical-leadership round expects more depth (about half the answer, with the business effect)',
      text: HALF_DEEP_FRAMED,
      options: { type: 'technical-leadership' },
    },
    {
      name: 'a question that asks for technical depth itself ("How do you optimise slow database queries?")',
      text: HALF_DEEP,
      options: { question: 'How do you optimise slow database queries?' },
    },
    {
      name: 'technical words said in passing in long sentences about a policy and people, and everyday ones ("process", "model", "training")',
      text: `Early in my time as an engineering manager I approved a schema migration on a Friday afternoon without asking for a rollback plan, and checkout was down for forty minutes during a sale. The next Monday I wrote the postmortem myself, took the blame in front of the VP, and worked with our two senior engineers on a change policy: no schema changes after Thursday noon, every migration ships with a tested rollback, and a second reviewer from the database group signs off on each one. I also changed our release process, our on-call training and the operating model for how the platform team takes requests from product. We haven't had a migration outage since, and the policy is now used by the other four teams in the org, which spared the business at least one lost sale a quarter. I learned that deadline pressure is exactly when I need to hold the line on process.`,
    },
  ],
  invalid: [
    {
      name: 'a tour of the stack: Kafka, JDBC, Redis, JVM, GC',
      text: `At Nimbus Data I led the storage team, eight engineers. Our ingestion pipeline was built on Kafka with a Postgres sink, and under load the consumer lag on the main topic grew past two hours. We profiled the consumers and found the JDBC batch size was too small and the connection pool was saturated. I had the team move the sink to batched COPY writes, raise the partition count from 12 to 48, and add a Redis cache in front of the lookup queries. We also tuned the JVM heap and switched the GC to G1 to cut pause times. We rewrote the retry logic with exponential backoff and idempotent writes so replays were safe. Consumer lag dropped from two hours to under 30 seconds and p99 write latency fell from 900ms to 80ms. I learned a lot about Kafka internals.`,
      messageIds: ['tooDeep'],
      spans: ['kafka'],
    },
    {
      name: 'half the answer at implementation level is too much in a behavioral round',
      text: HALF_DEEP,
      messageIds: ['tooDeep'],
      spans: ['connection pool'],
    },
    {
      name: 'the same framed answer is still too deep for a behavioral round',
      text: HALF_DEEP_FRAMED,
      messageIds: ['tooDeep'],
    },
  ],
});
