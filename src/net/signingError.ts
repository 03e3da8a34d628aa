/** The only error the signer throws: input that cannot be signed faithfully. */
export type SigningErrorCode = 'invalidText' | 'invalidEncoding' | 'invalidHeader' | 'invalidDate' | 'invalidInput';

export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly code: SigningErrorCode,
    message: string,
  ) {
    super(message);
  }
}
