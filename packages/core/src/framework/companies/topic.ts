/**
 * The "companies" topic of the CLI's framework browser: one section per built-in company,
 * listing each principle with our description. Rendering to a terminal is the CLI's job; this
 * only decides what is said and in what order.
 */

import type { FrameworkTopic, TopicSection } from '../topic-types';
import { AMAZON } from './amazon';
import { APPLE } from './apple';
import { GOOGLE } from './google';
import { META } from './meta';
import { MICROSOFT } from './microsoft';
import { NETFLIX } from './netflix';
import type { CompanyPrincipleSet } from './types';

export interface CompaniesTopic extends FrameworkTopic {
  id: 'companies';
}

// Imported one by one rather than from index.ts so the topic does not form an import cycle.
const COMPANIES: readonly CompanyPrincipleSet[] = [AMAZON, GOOGLE, META, MICROSOFT, APPLE, NETFLIX];

function renderCompany(company: CompanyPrincipleSet): TopicSection {
  const lines = company.principles.map((principle) => {
    const earlier = principle.current ? '' : ' (earlier value)';
    return `${principle.name}${earlier}: ${principle.description}`;
  });
  return { heading: `${company.name} (${company.principles.length} principles)`, lines };
}

export const COMPANIES_TOPIC: CompaniesTopic = {
  id: 'companies',
  title: 'Company principles',
  summary:
    'The values each built-in company interviews for, described in our words, with earlier values marked. Use them to pick 2–3 principles per story, never to recite all of them.',
  render: () => COMPANIES.map(renderCompany),
};
