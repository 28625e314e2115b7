/** Input that cannot become an article; the message is one line naming the reason. */
export class ExtractError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
