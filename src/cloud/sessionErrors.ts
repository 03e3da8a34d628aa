/** Why a profile's connection could not be had or used; the tree shows each as an error row. */

export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
  constructor(readonly profileName: string) {
    super(`No keys are stored for the profile "${profileName}"`);
  }
}

/** The profile (its endpoints or keys) changed after this work began: it must not go on with the old pairing. */
export class ProfileChangedError extends Error {
  override readonly name = 'ProfileChangedError';
  constructor(readonly profileName: string) {
    super(`The profile "${profileName}" changed while this ran; refresh.`);
  }
}

/** The person did not allow the profile's keys to go to these hosts (yet: the next use asks again). */
export class EndpointNotApprovedError extends Error {
  override readonly name = 'EndpointNotApprovedError';
  constructor(
    readonly profileName: string,
    readonly hosts: readonly string[],
  ) {
    super(`Sending the keys of the profile "${profileName}" to ${hosts.join(', ')} was not allowed.`);
  }
}
