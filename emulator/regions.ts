/** The regions the emulator knows: ids, display names, and which services each offers. */

export interface RegionInfo {
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  /** CodeArts Check / ProjectMan are offered here. */
  readonly codearts: boolean;
}

export const REGIONS: readonly RegionInfo[] = [
  { id: 'cn-north-4', en: 'CN North-Beijing4', zh: '华北-北京四', codearts: true },
  { id: 'ap-southeast-3', en: 'AP-Singapore', zh: '亚太-新加坡', codearts: true },
  { id: 'eu-west-101', en: 'EU-Dublin', zh: '欧洲-都柏林', codearts: false },
  { id: 'cn-south-1', en: 'CN South-Guangzhou', zh: '华南-广州', codearts: true },
  { id: 'af-south-1', en: 'AF-Johannesburg', zh: '非洲-约翰内斯堡', codearts: false },
  { id: 'la-south-2', en: 'LA-Santiago', zh: '拉美-圣地亚哥', codearts: false },
  { id: 'cn-east-3', en: 'CN East-Shanghai1', zh: '华东-上海一', codearts: true },
  { id: 'ap-southeast-1', en: 'CN-Hong Kong', zh: '中国-香港', codearts: false },
  { id: 'tr-west-1', en: 'TR-Istanbul', zh: '土耳其-伊斯坦布尔', codearts: false },
  { id: 'sa-brazil-1', en: 'LA-Sao Paulo1', zh: '拉美-圣保罗一', codearts: true },
  { id: 'cn-north-1', en: 'CN North-Beijing1', zh: '华北-北京一', codearts: true },
  { id: 'me-east-1', en: 'ME-Riyadh', zh: '中东-利雅得', codearts: false },
];

export function regionOf(projectName: string): RegionInfo | undefined {
  const id = projectName.split('_')[0];
  return REGIONS.find((r) => r.id === id);
}

/** Project names in the order sample projects are created: a sub-project comes second. */
export function sampleProjectNames(count: number): string[] {
  const names = [REGIONS[0]!.id, `${REGIONS[0]!.id}_team`, ...REGIONS.slice(1).map((r) => r.id)];
  for (let i = 2; names.length < count; i++) names.push(`${REGIONS[0]!.id}_team${i}`);
  return names.slice(0, count);
}
