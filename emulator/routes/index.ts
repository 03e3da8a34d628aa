/** Every emulated API, and the service labels that route by path prefix. */
import type { EmulatedService } from '../types';
import { CODEARTS_ROUTES } from './codearts';
import { DCS_ROUTES } from './dcs';
import { DMS_ROUTES } from './dms';
import { IAM_ROUTES } from './iam';
import { RouteTable } from './route';

export const SERVICES: readonly EmulatedService[] = ['iam', 'dcs', 'dms', 'codearts-check', 'projectman-ext'];

export function isService(value: string): value is EmulatedService {
  return (SERVICES as readonly string[]).includes(value);
}

export const ROUTES = new RouteTable([...IAM_ROUTES, ...DCS_ROUTES, ...DMS_ROUTES, ...CODEARTS_ROUTES]);
