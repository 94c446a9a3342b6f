/**
 * Every section of an export, in the order import writes them: a section comes after the
 * sections its records point at (history after its stories). A new noun adds its section here.
 */
import type { ExportSection } from './export-sections/section';
import { storySection, storyVersionSection } from './export-sections/story';

export type { ExportSection, Reference } from './export-sections/section';

export const EXPORT_SECTIONS: readonly ExportSection[] = [storySection, storyVersionSection];

export const SECTION_NAMES: readonly string[] = EXPORT_SECTIONS.map((section) => section.name);
