/**
 * Every section of an export, in the order import writes them: a section comes after the
 * sections its records point at (history after its stories). A new noun adds its section here.
 */
import { assessmentSection } from './export-sections/assessments';
import { companyNotesSection, companySection } from './export-sections/companies';
import { interviewSection, interviewStorySection } from './export-sections/interviews';
import { planEntrySection, planSettingsSection } from './export-sections/plan';
import { practiceAnswerSection, practiceSessionSection } from './export-sections/practice';
import { questionSection } from './export-sections/questions';
import type { ExportSection } from './export-sections/section';
import { storySection, storyVersionSection } from './export-sections/story';

export type { ExportSection, Reference } from './export-sections/section';

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  storySection,
  storyVersionSection,
  questionSection,
  companySection,
  companyNotesSection,
  practiceSessionSection,
  practiceAnswerSection,
  assessmentSection,
  interviewSection,
  interviewStorySection,
  planSettingsSection,
  planEntrySection,
];

export const SECTION_NAMES: readonly string[] = EXPORT_SECTIONS.map((section) => section.name);
