/**
 * Region ids the extension knows, with English display names for when `GET /v3/regions` is not
 * available (the call failed, or the keys may not read it). The live names win when present.
 * Ids whose names are not published are listed with the id as their name.
 */
import type { CloudId } from './types';

export const HUAWEI_REGION_NAMES: Readonly<Record<string, string>> = {
  'cn-north-1': 'CN North-Beijing1',
  'cn-north-2': 'CN North-Beijing2',
  'cn-north-4': 'CN North-Beijing4',
  'cn-north-9': 'CN North-Ulanqab1',
  'cn-north-11': 'cn-north-11',
  'cn-north-12': 'cn-north-12',
  'cn-east-2': 'CN East-Shanghai2',
  'cn-east-3': 'CN East-Shanghai1',
  'cn-east-4': 'CN East2',
  'cn-east-5': 'CN East-Qingdao',
  'cn-south-1': 'CN South-Guangzhou',
  'cn-south-2': 'CN South-Shenzhen',
  'cn-south-4': 'cn-south-4',
  'cn-southwest-2': 'CN Southwest-Guiyang1',
  'cn-southwest-3': 'cn-southwest-3',
  'ap-southeast-1': 'CN-Hong Kong',
  'ap-southeast-2': 'AP-Bangkok',
  'ap-southeast-3': 'AP-Singapore',
  'ap-southeast-4': 'AP-Jakarta',
  'ap-southeast-5': 'AP-Manila',
  'af-south-1': 'AF-Johannesburg',
  'af-north-1': 'AF-Cairo',
  'me-east-1': 'ME-Riyadh',
  'ae-ad-1': 'ME-Abu Dhabi',
  'tr-west-1': 'TR-Istanbul',
  'sa-brazil-1': 'LA-Sao Paulo1',
  'la-north-2': 'LA-Mexico City2',
  'na-mexico-1': 'LA-Mexico City1',
  'la-south-2': 'LA-Santiago',
  'my-kualalumpur-1': 'MY-Kuala Lumpur1',
  'ru-moscow-1': 'RU-Moscow',
  'ru-northwest-2': 'RU-Moscow2',
  'eu-west-0': 'EU-Paris',
  'eu-west-101': 'EU-Dublin',
};

export const OTC_REGION_NAMES: Readonly<Record<string, string>> = {
  'eu-de': 'Germany (Frankfurt)',
  'eu-nl': 'Netherlands (Amsterdam)',
};

const ALL_NAMES: Readonly<Record<string, string>> = { ...HUAWEI_REGION_NAMES, ...OTC_REGION_NAMES };

/** The regions a cloud has; `custom` clouds may have any (private) region. */
export function regionsOf(cloud: CloudId): readonly string[] {
  switch (cloud) {
    case 'huaweicloud':
      return Object.keys(HUAWEI_REGION_NAMES).filter((r) => r !== 'eu-west-101');
    case 'huaweicloud-eu':
      return ['eu-west-101'];
    case 'otc':
      return Object.keys(OTC_REGION_NAMES);
    case 'custom':
      return Object.keys(ALL_NAMES);
  }
}

/** A fresh, writable copy of the built-in names, for callers that lay live names over them. */
export function builtInRegionNames(): Map<string, string> {
  return new Map(Object.entries(ALL_NAMES));
}

export function isKnownRegion(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(ALL_NAMES, id);
}

/** The built-in name, or the id itself for a region the table does not know. */
export function fallbackRegionName(id: string): string {
  return isKnownRegion(id) ? (ALL_NAMES[id] as string) : id;
}
