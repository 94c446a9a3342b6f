import type { Report } from '@onsite/core';

/** One analysed input, as the formatters receive it. */
export interface AnalysisResult {
  /** Absolute path, or "<stdin>". */
  filePath: string;
  /** The original input, frontmatter included. */
  text: string;
  /** The frontmatter's `title`, when there is one. */
  title?: string;
  /** The analyzer's report, with every offset moved to index `text` (not just the body). */
  report: Report;
}
