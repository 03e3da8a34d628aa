/** Word lists that make sample data look like a real account's. */

export const APP_WORDS = ['orders', 'payments', 'catalog', 'search', 'session', 'billing', 'inventory', 'audit', 'events', 'metrics', 'checkout', 'profile'];
export const ENVS = ['prod', 'staging', 'test', 'dev'];
export const USERS = [
  { name: 'ops_admin', id: '0b5a7f2c9e1d4a3b8c6d2e0f1a9b8c7d' },
  { name: 'liwei', id: '3c8e1a5b7d9f4c2e6a0b1d3f5e7c9a1b' },
  { name: 'anna.schmidt', id: '7d2f4b6a8c0e1f3a5b7d9c1e3f5a7b9d' },
  { name: 'deploy-bot', id: 'e1c3a5b7d9f1e3c5a7b9d1f3e5c7a9b1' },
];

export const DCS_TASK_NAMES = ['ChangeInstanceSpec', 'BindEip', 'UnBindEip', 'AddReplica', 'DelReplica', 'AddWhitelist', 'UpdatePort', 'RemoveIpFromDns', 'masterStandbySwapJob', 'modify'];
export const DCS_TASK_STATUSES = ['SUCCESS', 'SUCCESS', 'SUCCESS', 'EXECUTING', 'FAILED', 'WAITING'];

export const DMS_TASK_NAMES = ['bindInstancePublicIp', 'modifyAutoTopic', 'changeRetentionPolicy', 'extendInstance', 'restartInstance', 'modifyInstanceSpec', 'createTopic', 'resetConsumerOffset'];
export const DMS_TASK_STATUSES = ['SUCCESS', 'SUCCESS', 'CREATED', 'FAILED', 'DELETED', 'EXECUTING', 'CANCELLED'];

export const CHECK_TASK_SUFFIXES = ['main', 'release', 'develop', 'security-scan', 'nightly'];
/** The last check's outcome, in the emulator's own words; the progress API reports it as `task_status` 0–3 or null. */
export const CHECK_TASK_STATUSES = ['SUCCESS', 'SUCCESS', 'SUCCESS', 'CHECKING', 'FAILED', 'STOPPED', 'NOT_CHECKED'];
export const GIT_BRANCHES = ['master', 'main', 'develop', 'release/2.4'];
