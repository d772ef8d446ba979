/** Where a problem is, relative to the repository root. */
export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A problem the user can fix. The message says what was expected, what was found and what to do;
 * the location, when there is one, becomes an annotation on that file and line.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly title: string,
    readonly location?: Location,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
