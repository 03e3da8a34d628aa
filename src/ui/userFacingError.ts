/** An error whose message is already localised and meant to be shown as it is. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}
