/** The response shapes emulator tests read, typed once (as the reference describes them). */

export interface GatewayError {
  error_code: string;
  error_msg: string;
  request_id?: string;
  error_ext_msg?: string | null;
}

export interface KeystoneError {
  error: { code: number; message: string; title: string };
}

export interface ListedTask {
  id: string;
  name: string;
  status: string;
  created_at: string;
  updated_at: string;
  user_name: string;
  params: string;
}

export interface DcsTaskList {
  /** A string in the SDK model; a number in the `docs` server variant, as in the documents' examples. */
  task_count: string | number;
  tasks: ListedTask[];
}

export interface DmsTaskList {
  task_count: string;
  tasks: ListedTask[];
}

export interface InstanceList {
  instance_num: number;
  instances: Array<{ instance_id: string; name: string; engine: string; status: string; created_at: string }>;
}

export interface IamProjectList {
  links: { self: string; previous?: string | null; next?: string | null };
  projects: Array<{ id: string; name: string; domain_id: string; parent_id: string; enabled: boolean; is_domain: boolean }>;
}

export interface CheckTaskList {
  tasks: Array<{ task_id: string; task_name: string; created_at: string; git_url: string; last_check_time: string | null }>;
  total: number;
}

export interface CheckTaskProgress {
  task_status: number | null;
  progress: { ratio: string | null; info: string | null };
}

export interface CodeArtsProjectList {
  total: number;
  projects: Array<{ project_id: string; project_name: string; created_time: number }>;
}
