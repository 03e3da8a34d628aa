export function registerEmptyLanguagePack(userDataDir: string, locale: string): void;
