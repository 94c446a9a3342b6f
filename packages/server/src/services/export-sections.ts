/**
 * Every section of an export, in the order import writes them: a section comes after the
 * sections its records point at (history after its stories). A new noun adds its section here.
 */
import {
  assessmentSection,
  companyNotesSection,
  companySection,
  interviewSection,
  interviewStorySection,
  planEntrySection,
  planSettingsSection,
  practiceAnswerSection,
  practiceSessionSection,
  questionSection,
} from './export-sections/nouns';
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
