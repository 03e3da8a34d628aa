/**
 * CodeArts Check and ProjectMan: each response model's JSON field → JSON type, as the official Go SDK declares it
 * (huaweicloud/huaweicloud-sdk-go-v3 @1cd70eb, read from the model structs' `json:"…"` tags and Go types;
 * enums from their `Get…Enum()` values). The comment above each model names its file.
 */
import type { SdkModels } from './types';

export const CODEARTS_MODELS: SdkModels = {
  // services/codeartscheck/v2/model/model_show_task_list_by_project_id_response.go
  'codeartscheck.ShowTaskListByProjectIdResponse': {
    tasks: ['#codeartscheck.SimpleTaskInfoV2'], total: 'number',
  },
  // services/codeartscheck/v2/model/model_simple_task_info_v2.go
  'codeartscheck.SimpleTaskInfoV2': {
    task_id: 'string', task_name: 'string', creator_id: 'string', git_url: 'string', git_branch: 'string', created_at: 'string',
    last_check_time: 'string',
  },
  // services/codeartscheck/v2/model/model_show_progress_detail_response.go
  'codeartscheck.ShowProgressDetailResponse': {
    task_status: 'number', progress: '#codeartscheck.ProgressDetailV2',
  },
  // services/codeartscheck/v2/model/model_progress_detail_v2.go
  'codeartscheck.ProgressDetailV2': {
    ratio: 'string', info: 'string',
  },
  // services/codeartscheck/v2/model/model_delete_task_response.go
  'codeartscheck.DeleteTaskResponse': {
  },
  // services/projectman/v4/model/model_list_projects_v4_response.go
  'projectman.ListProjectsV4Response': {
    projects: ['#projectman.ListProjectsV4ResponseBodyProjects'], total: 'number',
  },
  // services/projectman/v4/model/model_list_projects_v4_response_body_projects.go
  'projectman.ListProjectsV4ResponseBodyProjects': {
    project_num_id: 'number', project_id: 'string', project_name: 'string', description: 'string', created_time: 'number',
    updated_time: 'number', project_type: 'string', creator: '#projectman.ListProjectsV4ResponseBodyCreator',
  },
  // services/projectman/v4/model/model_list_projects_v4_response_body_creator.go
  'projectman.ListProjectsV4ResponseBodyCreator': {
    user_num_id: 'number', user_id: 'string', user_name: 'string', domain_id: 'string', domain_name: 'string', nick_name: 'string',
  },
};
