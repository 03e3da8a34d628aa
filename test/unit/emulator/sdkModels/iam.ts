/**
 * IAM: each response model's JSON field → JSON type, as the official Go SDK declares it
 * (huaweicloud/huaweicloud-sdk-go-v3 @1cd70eb, read from the model structs' `json:"…"` tags and Go types;
 * enums from their `Get…Enum()` values). The comment above each model names its file.
 */
import type { SdkModels } from './types';

export const IAM_MODELS: SdkModels = {
  // services/iam/v3/model/model_keystone_list_auth_projects_response.go
  'iam.KeystoneListAuthProjectsResponse': {
    links: '#iam.LinksSelf', projects: ['#iam.AuthProjectResult'],
  },
  // services/iam/v3/model/model_links_self.go
  'iam.LinksSelf': {
    self: 'string',
  },
  // services/iam/v3/model/model_auth_project_result.go
  'iam.AuthProjectResult': {
    is_domain: 'boolean', description: 'string', links: '#iam.LinksSelf', enabled: 'boolean', id: 'string', parent_id: 'string',
    domain_id: 'string', name: 'string',
  },
  // services/iam/v3/model/model_keystone_list_projects_response.go
  'iam.KeystoneListProjectsResponse': {
    links: '#iam.Links', projects: ['#iam.ProjectResult'],
  },
  // services/iam/v3/model/model_links.go
  'iam.Links': {
    self: 'string', previous: 'string', next: 'string',
  },
  // services/iam/v3/model/model_project_result.go
  'iam.ProjectResult': {
    is_domain: 'boolean', description: 'string', links: '#iam.Links', enabled: 'boolean', id: 'string', parent_id: 'string',
    domain_id: 'string', name: 'string',
  },
  // services/iam/v3/model/model_keystone_list_regions_response.go
  'iam.KeystoneListRegionsResponse': {
    links: '#iam.Links', regions: ['#iam.Region'],
  },
  // services/iam/v3/model/model_region.go
  'iam.Region': {
    description: 'string', parent_region_id: 'string', links: '#iam.LinksSelf', locales: '#iam.RegionLocales', id: 'string',
    type: 'string',
  },
  // services/iam/v3/model/model_region_locales.go
  'iam.RegionLocales': {
    'zh-cn': 'string', 'en-us': 'string', 'pt-br': 'string', 'es-us': 'string', 'es-es': 'string',
  },
  // services/iam/v3/model/model_keystone_list_auth_domains_response.go
  'iam.KeystoneListAuthDomainsResponse': {
    domains: ['#iam.Domains'], links: '#iam.LinksSelf',
  },
  // services/iam/v3/model/model_domains.go
  'iam.Domains': {
    enabled: 'boolean', id: 'string', name: 'string', links: '#iam.LinksSelf', description: 'string',
  },
};
