export interface CorpusProblem {
  /** The file, relative to the corpus folder. */
  file: string;
  /** What in the file: `fact "arrests-total"`, `countries[2]`, or empty for the whole file. */
  item: string;
  message: string;
}

export function formatProblem(problem: CorpusProblem): string {
  return problem.item === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.item}: ${problem.message}`;
}

/** The corpus cannot be trusted: the bot must not start on it. */
export class CorpusError extends Error {
  readonly problems: readonly CorpusProblem[];

  constructor(problems: readonly CorpusProblem[]) {
    super(
      `The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CorpusError';
    this.problems = problems;
  }
}
