/**
 * The IAM actions the extension's calls need, per service: what *Show Required Permissions* lists and what
 * the README's least-permission table states (a unit test keeps the two the same).
 */
import type { ServiceId } from './types';

export interface RequiredAction {
  readonly action: string;
  /** Only deleting needs it: a read-only user can leave it out. */
  readonly forDelete: boolean;
}

export const REQUIRED_ACTIONS: Readonly<Record<ServiceId, readonly RequiredAction[]>> = {
  dcs: [
    { action: 'dcs:instance:list', forDelete: false },
    { action: 'dcs:instance:getBackgroundTask', forDelete: false },
    { action: 'dcs:instance:deleteBackgroundTask', forDelete: true },
  ],
  kafka: dmsActions(),
  rocketmq: dmsActions(),
  rabbitmq: dmsActions(),
  codeartsCheck: [
    { action: 'codeartscheck:task:get', forDelete: false },
    { action: 'codeartscheck:task:delete', forDelete: true },
  ],
};

function dmsActions(): RequiredAction[] {
  return [
    { action: 'dms:instance:list', forDelete: false },
    { action: 'dms:instance:getBackgroundTask', forDelete: false },
    { action: 'dms:instance:deleteBackgroundTask', forDelete: true },
  ];
}
