import type { Locator, Page } from 'playwright-core';

export function viewContainerTitle(repoRoot: string): string;
export function waitForWorkbench(page: Page, timeout?: number): Promise<void>;
export function openView(page: Page, title: string, timeout?: number): Promise<void>;
export function treeItem(page: Page, name: string | RegExp): Locator;
export function expandRow(page: Page, name: string | RegExp, timeout?: number): Promise<Locator>;
export function contextMenu(page: Page, rowName: string | RegExp, itemName: string | RegExp, timeout?: number): Promise<void>;
export function answerQuickInput(page: Page, text: string, timeout?: number): Promise<void>;
export function quickInputPrompt(page: Page, timeout?: number): Promise<{ title: string; placeholder: string }>;
export function runCommand(page: Page, title: string, timeout?: number): Promise<void>;
export function answerDialog(page: Page, button: string, timeout?: number): Promise<string>;
export function toasts(page: Page): Promise<string[]>;
export function waitForToast(page: Page, match: string | RegExp, timeout?: number): Promise<string>;
export function expandFirstRows(page: Page, count: number, timeout?: number): Promise<void>;
export function widenSideBar(page: Page, width: number): Promise<void>;
