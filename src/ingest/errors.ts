/** A problem the curator can fix: the CLI prints its message alone, without a stack trace. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
