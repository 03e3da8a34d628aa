/**
 * DMS for Kafka, RocketMQ and RabbitMQ: each response model's JSON field → JSON type, as the official Go SDK declares it
 * (huaweicloud/huaweicloud-sdk-go-v3 @1cd70eb, read from the model structs' `json:"…"` tags and Go types;
 * enums from their `Get…Enum()` values). The comment above each model names its file.
 */
import type { SdkModels } from './types';

export const DMS_MODELS: SdkModels = {
  // services/kafka/v2/model/model_list_instances_response.go
  'kafka.ListInstancesResponse': {
    instances: ['#kafka.ShowInstanceResp'], instance_num: 'number',
  },
  // services/kafka/v2/model/model_show_instance_resp.go
  'kafka.ShowInstanceResp': {
    name: 'string', engine: 'string', engine_version: 'string', description: 'string', specification: 'string',
    storage_space: 'number', partition_num: 'string', used_storage_space: 'number', dns_enable: 'boolean',
    connect_address: 'string', port: 'number', status: 'string', instance_id: 'string', resource_spec_code: 'string',
    charging_mode: 'number', vpc_id: 'string', vpc_name: 'string', created_at: 'string', subnet_name: 'string',
    subnet_cidr: 'string', user_id: 'string', user_name: 'string', access_user: 'string', order_id: 'string',
    maintain_begin: 'string', maintain_end: 'string', enable_publicip: 'boolean', management_connect_address: 'string',
    ssl_enable: 'boolean', broker_ssl_enable: 'boolean', kafka_security_protocol: 'string',
    sasl_enabled_mechanisms: [{ enum: ['PLAIN', 'SCRAM-SHA-512'] }], ssl_two_way_enable: 'boolean', cert_replaced: 'boolean',
    public_management_connect_address: 'string', enterprise_project_id: 'string', is_logical_volume: 'boolean',
    extend_times: 'number', enable_auto_topic: 'boolean', type: { enum: ['single', 'cluster'] }, product_id: 'string',
    security_group_id: 'string', security_group_name: 'string', subnet_id: 'string', available_zones: ['string'],
    available_zone_names: ['string'], total_storage_space: 'number', public_connect_address: 'string',
    public_connect_domain_name: 'string', storage_resource_id: 'string', storage_spec_code: 'string', service_type: 'string',
    storage_type: 'string', retention_policy: { enum: ['time_base', 'produce_reject'] }, kafka_public_status: 'string',
    public_bandwidth: 'number', enable_log_collection: 'boolean', new_auth_cert: 'boolean', cross_vpc_info: 'string',
    public_cross_vpc_info: 'string', ipv6_enable: 'boolean', ipv6_connect_addresses: ['string'], connector_enable: 'boolean',
    connector_node_num: 'number', connector_id: 'string', rest_enable: 'boolean', rest_connect_address: 'string',
    public_boundwidth: 'number', message_query_inst_enable: 'boolean', vpc_client_plain: 'boolean', support_features: 'string',
    trace_enable: 'boolean', agent_enable: 'boolean', pod_connect_address: 'string', disk_encrypted: 'boolean',
    disk_encrypted_key: 'string', kafka_private_connect_address: 'string', kafka_private_connect_domain_name: 'string',
    ces_version: 'string', public_access_enabled: 'string', node_num: 'number', port_protocols: '#kafka.PortProtocolsEntity',
    enable_acl: 'boolean', new_spec_billing_enable: 'boolean', broker_num: 'number', tags: ['#kafka.TagEntity'],
    dr_enable: 'boolean',
  },
  // services/kafka/v2/model/model_port_protocols_entity.go
  'kafka.PortProtocolsEntity': {
    private_plain_enable: 'boolean', private_plain_address: 'string', private_plain_domain_name: 'string',
    private_sasl_ssl_enable: 'boolean', private_sasl_ssl_address: 'string', private_sasl_ssl_domain_name: 'string',
    private_sasl_plaintext_enable: 'boolean', private_sasl_plaintext_address: 'string',
    private_sasl_plaintext_domain_name: 'string', public_plain_enable: 'boolean', public_plain_address: 'string',
    public_plain_domain_name: 'string', public_sasl_ssl_enable: 'boolean', public_sasl_ssl_address: 'string',
    public_sasl_ssl_domain_name: 'string', public_sasl_plaintext_enable: 'boolean', public_sasl_plaintext_address: 'string',
    public_sasl_plaintext_domain_name: 'string',
  },
  // services/kafka/v2/model/model_tag_entity.go
  'kafka.TagEntity': {
    key: 'string', value: 'string',
  },
  // services/kafka/v2/model/model_list_background_tasks_response.go
  'kafka.ListBackgroundTasksResponse': {
    task_count: 'string', tasks: ['#kafka.ListBackgroundTasksRespTasks'],
  },
  // services/kafka/v2/model/model_list_background_tasks_resp_tasks.go
  'kafka.ListBackgroundTasksRespTasks': {
    id: 'string', name: 'string', user_name: 'string', user_id: 'string', params: 'string', status: 'string', created_at: 'string',
    updated_at: 'string',
  },
  // services/kafka/v2/model/model_show_background_task_response.go
  'kafka.ShowBackgroundTaskResponse': {
    task_count: 'string', tasks: ['#kafka.ListBackgroundTasksRespTasks'],
  },
  // services/kafka/v2/model/model_show_background_task_progress_response.go
  'kafka.ShowBackgroundTaskProgressResponse': {
    progress_percentage: 'number', remain_time: 'number', step_list: ['#kafka.StepDetail'],
  },
  // services/kafka/v2/model/model_step_detail.go
  'kafka.StepDetail': {
    name: 'string', statue: 'string', start_time: 'string', end_time: 'string',
  },
  // services/rocketmq/v2/model/model_list_instances_response.go
  'rocketmq.ListInstancesResponse': {
    instances: ['#rocketmq.InstanceDetail'], instance_num: 'number',
  },
  // services/rocketmq/v2/model/model_instance_detail.go
  'rocketmq.InstanceDetail': {
    name: 'string', engine: 'string', status: 'string', description: 'string', type: 'string', specification: 'string',
    engine_version: 'string', instance_id: 'string', arch_type: 'string', charging_mode: 'number', vpc_id: 'string',
    vpc_name: 'string', created_at: 'string', product_id: 'string', security_group_id: 'string', security_group_name: 'string',
    subnet_id: 'string', subnet_cidr: 'string', available_zones: ['string'], available_zone_names: ['string'], user_id: 'string',
    user_name: 'string', maintain_begin: 'string', maintain_end: 'string', enable_log_collection: 'boolean',
    storage_space: 'number', used_storage_space: 'number', enable_publicip: 'boolean', publicip_id: 'string',
    publicip_address: 'string', ssl_enable: 'boolean', cross_vpc_info: 'string', storage_resource_id: 'string',
    storage_spec_code: 'string', service_type: 'string', storage_type: 'string', extend_times: 'number', ipv6_enable: 'boolean',
    support_features: 'string', disk_encrypted: 'boolean', ces_version: 'string', node_num: 'number',
    new_spec_billing_enable: 'boolean', enable_acl: 'boolean', broker_num: 'number', dns_enable: 'boolean',
    namesrv_address: 'string', namesrv_domain_name: 'string', broker_address: 'string', public_namesrv_address: 'string',
    public_namesrv_domain_name: 'string', public_broker_address: 'string', grpc_address: 'string', grpc_domain_name: 'string',
    public_grpc_address: 'string', public_grpc_domain_name: 'string', enterprise_project_id: 'string',
    tags: ['#rocketmq.TagEntity'], total_storage_space: 'number', resource_spec_code: 'string', produce_portion: 'number',
    consume_portion: 'number', dr_enable: 'boolean', quota_address: 'string', max_msg_process_tps: 'number',
    config_ssl_need_restart_process: 'boolean', tls_mode: 'string', enable_elastic_tps: 'boolean',
  },
  // services/rocketmq/v2/model/model_tag_entity.go
  'rocketmq.TagEntity': {
    key: 'string', value: 'string',
  },
  // services/rocketmq/v2/model/model_list_background_tasks_response.go
  'rocketmq.ListBackgroundTasksResponse': {
    task_count: 'string', tasks: ['#rocketmq.ListBackgroundTasksRespTasks'],
  },
  // services/rocketmq/v2/model/model_list_background_tasks_resp_tasks.go
  'rocketmq.ListBackgroundTasksRespTasks': {
    id: 'string', name: 'string', user_name: 'string', user_id: 'string', params: 'string', status: 'string', created_at: 'string',
    updated_at: 'string',
  },
  // services/rocketmq/v2/model/model_show_background_task_response.go
  'rocketmq.ShowBackgroundTaskResponse': {
    task_count: 'string', tasks: ['#rocketmq.ListBackgroundTasksRespTasks'],
  },
  // services/rocketmq/v2/model/model_show_background_task_progress_response.go
  'rocketmq.ShowBackgroundTaskProgressResponse': {
    progress_percentage: 'number', remain_time: 'number', step_list: ['#rocketmq.StepDetail'],
  },
  // services/rocketmq/v2/model/model_step_detail.go
  'rocketmq.StepDetail': {
    name: 'string', statue: 'string', start_time: 'string', end_time: 'string',
  },
  // services/rabbitmq/v2/model/model_list_instances_details_response.go
  'rabbitmq.ListInstancesDetailsResponse': {
    instances: ['#rabbitmq.ShowInstanceResp'], instance_num: 'number',
  },
  // services/rabbitmq/v2/model/model_show_instance_resp.go
  'rabbitmq.ShowInstanceResp': {
    access_user: 'string', broker_num: { enum: [1, 3, 5, 7] }, name: 'string', engine: 'string', engine_version: 'string',
    specification: 'string', storage_space: 'number', used_storage_space: 'number', dns_enable: 'boolean',
    connect_address: 'string', connect_domain_name: 'string', public_connect_address: 'string',
    public_connect_domain_name: 'string', port: 'number', status: 'string', description: 'string', instance_id: 'string',
    resource_spec_code: 'string', charging_mode: 'number', vpc_id: 'string', vpc_name: 'string', created_at: 'string',
    user_id: 'string', user_name: 'string', order_id: 'string', maintain_begin: 'string', maintain_end: 'string',
    enable_publicip: 'boolean', publicip_address: 'string', publicip_id: 'string', management_connect_address: 'string',
    management_connect_domain_name: 'string', public_management_connect_address: 'string',
    public_management_connect_domain_name: 'string', ssl_enable: 'boolean', enterprise_project_id: 'string',
    is_logical_volume: 'boolean', extend_times: 'number', type: { enum: ['single', 'cluster'] }, product_id: 'string',
    security_group_id: 'string', security_group_name: 'string', subnet_id: 'string', available_zones: ['string'],
    available_zone_names: ['string'], total_storage_space: 'number', storage_resource_id: 'string', storage_spec_code: 'string',
    ipv6_enable: 'boolean', ipv6_connect_addresses: ['string'], tags: ['#rabbitmq.TagEntity'], service_type: 'string',
    storage_type: 'string',
  },
  // services/rabbitmq/v2/model/model_tag_entity.go
  'rabbitmq.TagEntity': {
    key: 'string', value: 'string',
  },
  // services/rabbitmq/v2/model/model_list_background_tasks_response.go
  'rabbitmq.ListBackgroundTasksResponse': {
    task_count: 'string', tasks: ['#rabbitmq.ListBackgroundTasksRespTasks'],
  },
  // services/rabbitmq/v2/model/model_list_background_tasks_resp_tasks.go
  'rabbitmq.ListBackgroundTasksRespTasks': {
    id: 'string', name: 'string', user_name: 'string', user_id: 'string', params: 'string', status: 'string', created_at: 'string',
    updated_at: 'string',
  },
  // services/rabbitmq/v2/model/model_show_background_task_response.go
  'rabbitmq.ShowBackgroundTaskResponse': {
    task_count: 'string', tasks: ['#rabbitmq.ListBackgroundTasksRespTasks'],
  },
};
