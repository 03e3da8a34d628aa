/**
 * DCS: each response model's JSON field → JSON type, as the official Go SDK declares it
 * (huaweicloud/huaweicloud-sdk-go-v3 @1cd70eb, read from the model structs' `json:"…"` tags and Go types;
 * enums from their `Get…Enum()` values). The comment above each model names its file.
 */
import type { SdkModels } from './types';

export const DCS_MODELS: SdkModels = {
  // services/dcs/v2/model/model_list_instances_response.go
  'dcs.ListInstancesResponse': {
    instance_num: 'number', instances: ['#dcs.InstanceListInfo'],
  },
  // services/dcs/v2/model/model_instance_list_info.go
  'dcs.InstanceListInfo': {
    publicip_id: 'string', vpc_name: 'string', charging_mode: 'number', vpc_id: 'string', subnet_id: 'string',
    security_group_id: 'string', created_at: 'string', updated_at: 'string', enable_ssl: 'boolean', max_memory: 'number',
    used_memory: 'number', publicip_address: 'string', capacity: 'number', capacity_minor: 'string', order_id: 'string',
    maintain_begin: 'string', maintain_end: 'string', engine: 'string', engine_version: 'string', service_upgrade: 'boolean',
    no_password_access: 'string', service_task_id: 'string', ip: 'string', access_user: 'string', instance_id: 'string',
    enable_publicip: 'boolean', port: 'number', user_id: 'string', user_name: 'string', domain_name: 'string',
    readonly_domain_name: 'string', name: 'string', spec_code: 'string', status: 'string', tags: ['#dcs.ResourceTag'],
    enterprise_project_id: 'string', description: 'string', cpu_type: 'string', az_codes: ['string'], features: '#dcs.Features',
    sub_status: 'string',
  },
  // services/dcs/v2/model/model_resource_tag.go
  'dcs.ResourceTag': {
    key: 'string', value: 'string',
  },
  // services/dcs/v2/model/model_features.go
  'dcs.Features': {
    support_acl: 'boolean', support_transparent_client_ip: 'boolean', support_ssl: 'boolean', support_audit_log: 'boolean',
  },
  // services/dcs/v2/model/model_list_background_task_response.go
  'dcs.ListBackgroundTaskResponse': {
    task_count: 'string', tasks: ['#dcs.SingleBackgroundTask'],
  },
  // services/dcs/v2/model/model_single_background_task.go
  'dcs.SingleBackgroundTask': {
    id: 'string', name: 'string', details: '#dcs.DetailsBody', user_name: 'string', user_id: 'string', params: 'string',
    status: 'string', created_at: 'string', updated_at: 'string', enable_show: 'boolean',
  },
  // services/dcs/v2/model/model_details_body.go
  'dcs.DetailsBody': {
    old_capacity: 'string', new_capacity: 'string', enable_public_ip: 'boolean', public_ip_id: 'string',
    public_ip_address: 'string', enable_ssl: 'boolean', old_cache_mode: 'string', new_cache_mode: 'string',
    old_resource_spec_code: 'string', new_resource_spec_code: 'string', old_replica_num: 'number', new_replica_num: 'number',
    old_cache_type: 'string', new_cache_type: 'string', replica_ip: 'string', replica_az: 'string', group_name: 'string',
    old_port: 'number', new_port: 'number', is_only_adjust_charging: 'boolean', account_name: 'string', source_ip: 'string',
    target_ip: 'string', node_name: 'string', rename_commands: ['string'], updated_config_length: 'number',
  },
  // services/dcs/v2/model/model_show_background_task_progress_response.go
  'dcs.ShowBackgroundTaskProgressResponse': {
    progress: 'number', remain_time: 'number', step_details: ['#dcs.StepDetail'],
  },
  // services/dcs/v2/model/model_step_detail.go
  'dcs.StepDetail': {
    step_id: 'string', step_name: 'string', step_status: { enum: ['FINISH', 'FAILED', 'EXECUTING', 'WAITING'] },
    begin_time: 'string', end_time: 'string', error_code: 'string', sub_step_details: ['#dcs.SubStepDetail'],
  },
  // services/dcs/v2/model/model_sub_step_detail.go
  'dcs.SubStepDetail': {
    sub_step_id: 'string', sub_step_name: 'string', sub_step_status: 'string', begin_time: 'string', end_time: 'string',
    detail: 'string', error_code: 'string',
  },
  // services/dcs/v2/model/model_delete_background_task_response.go
  'dcs.DeleteBackgroundTaskResponse': {
    message: 'string',
  },
};
