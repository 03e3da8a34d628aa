// Page-level moves on the VS Code workbench, shared by the UI tests and the demo's screenshot. The
// selectors are the ones that held on code-server 4.139 (see shared reference real-vscode.md): roles for
// tree rows and menu items, since `.monaco-list-row` also matches notification rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const VIEW_CONTAINER_ID = 'huaweicloudTasks';
const FALLBACK_TITLE = 'Huawei Cloud Tasks';

function readNls(repoRoot, file) {
  try {
    return JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * The activity-bar title of the extension's view container, resolved through package.nls.json, or
 * through package.nls.<locale>.json first when a display language is given (as VS Code does).
 */
export function viewContainerTitle(repoRoot, locale) {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const entry = (pkg.contributes?.viewsContainers?.activitybar ?? []).find((c) => c.id === VIEW_CONTAINER_ID);
    const title = entry?.title;
    if (typeof title !== 'string') return FALLBACK_TITLE;
    const key = /^%(.+)%$/.exec(title)?.[1];
    if (!key) return title;
    const files = [...(locale ? [`package.nls.${locale.toLowerCase()}.json`] : []), 'package.nls.json'];
    for (const file of files) {
      const v = readNls(repoRoot, file)[key];
      if (typeof v === 'string') return v;
      if (typeof v?.message === 'string') return v.message;
    }
    return FALLBACK_TITLE;
  } catch {
    return FALLBACK_TITLE;
  }
}

/** The extension's "Allow" button label (the question about a host outside the known clouds) in a display language. */
export function allowButtonLabel(repoRoot, locale) {
  const bundle = locale ? readNls(repoRoot, join('l10n', `bundle.l10n.${locale.toLowerCase()}.json`)) : {};
  return typeof bundle.Allow === 'string' ? bundle.Allow : 'Allow';
}

/**
 * From now on, whenever the extension asks whether a profile's keys may go to a host outside the known
 * clouds (a modal with an "Allow" button), presses "Allow". The question comes when a profile first needs
 * its connection (on expanding it), not at a moment a test can name, so Playwright answers it before the
 * next action or wait that finds it showing. Other dialogs (delete confirmations) have no such button.
 */
export async function allowEndpointsWhenAsked(page, allowLabel = 'Allow') {
  const allow = page.getByRole('button', { name: allowLabel, exact: true });
  await page.addLocatorHandler(page.locator('.monaco-dialog-box').filter({ has: allow }), async (box) => {
    await box.getByRole('button', { name: allowLabel, exact: true }).click();
  });
}

export async function waitForWorkbench(page, timeout = 60_000) {
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout });
}

/** Opens the view container from the activity bar; a no-op when it is already showing. */
export async function openView(page, title, timeout = 30_000) {
  const icon = page.locator(`.part.activitybar .action-label[aria-label^="${title.replace(/"/g, '\\"')}"]`).first();
  await icon.waitFor({ state: 'visible', timeout });
  // Clicking the icon of the showing container hides the sidebar, so look first.
  const item = icon.locator('xpath=ancestor::li[contains(concat(" ", normalize-space(@class), " "), " action-item ")][1]');
  const showing = (await item.getAttribute('class'))?.split(/\s+/).includes('checked') ?? false;
  if (!showing) await icon.click();
  await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout });
}

export function treeItem(page, name) {
  return page.getByRole('treeitem', { name }).first();
}

/** Expands a collapsed tree row (leaves an expanded one alone) and returns its locator. */
export async function expandRow(page, name, timeout = 30_000) {
  const row = treeItem(page, name);
  await row.waitFor({ state: 'visible', timeout });
  if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
  return row;
}

export async function contextMenu(page, rowName, itemName, timeout = 15_000) {
  const row = treeItem(page, rowName);
  await row.waitFor({ state: 'visible', timeout });
  await row.click({ button: 'right' });
  // Only the context menu just opened: the title bar's application menu has items of the same names.
  const menu = page.locator('.context-view .monaco-menu');
  const item = menu.getByRole('menuitem', { name: itemName }).first();
  await item.hover({ timeout });
  await item.click({ timeout });
  // A click that lands while the menu is still opening can be ignored; the keyboard then picks the hovered item.
  if (!(await menu.waitFor({ state: 'hidden', timeout: 2_000 }).then(() => true, () => false))) {
    await item.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout });
  }
}

/** Types an answer into the open quick input (input box or picker) and accepts it. */
export async function answerQuickInput(page, text, timeout = 15_000) {
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(text);
  await input.press('Enter');
}

/** The title/placeholder text of the open quick input, to check what a prompt asks for. */
export async function quickInputPrompt(page, timeout = 15_000) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout });
  const title = (await widget.locator('.quick-input-title').textContent().catch(() => '')) ?? '';
  const input = widget.locator('input').first();
  const placeholder = (await input.getAttribute('placeholder')) ?? '';
  const value = await input.inputValue().catch(() => '');
  return { title: title.trim(), placeholder, value };
}

/** Accepts the open quick input as it stands: an input box's value, or a pick's active item. */
export async function acceptQuickInput(page, timeout = 15_000) {
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout });
  await input.press('Enter');
}

/**
 * Clicks the Back button in the title bar of the open quick input (a multi-step input's later steps), then
 * waits until the quick input shows a step other than `from` (by title).
 */
export async function quickInputBack(page, timeout = 15_000) {
  const widget = page.locator('.quick-input-widget');
  const before = (await quickInputPrompt(page, timeout)).title;
  await widget.locator('.quick-input-titlebar .quick-input-left-action-bar .action-label').first().click({ timeout });
  const deadline = Date.now() + timeout;
  while ((await quickInputPrompt(page, Math.max(1, deadline - Date.now()))).title === before) {
    if (Date.now() > deadline) throw new Error(`Back left the quick input on "${before}"`);
    await page.waitForTimeout(100);
  }
}

/** Runs a command by its palette title (e.g. "Huawei Cloud Tasks: Refresh"). */
export async function runCommand(page, title, timeout = 15_000) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout });
  await input.press('Enter');
}

/** Returns the text of the modal dialog, then presses the named button. */
export async function answerDialog(page, button, timeout = 15_000) {
  const box = page.locator('.monaco-dialog-box');
  await box.waitFor({ state: 'visible', timeout });
  const text = (await box.innerText()).trim();
  await box.getByRole('button', { name: button, exact: true }).click();
  await box.waitFor({ state: 'hidden', timeout });
  return text;
}

/** Texts of the notification toasts now showing. */
export async function toasts(page) {
  return page.locator('.notifications-toasts .notification-toast').allInnerTexts();
}

/** Waits for a toast whose text matches. */
export async function waitForToast(page, match, timeout = 30_000) {
  const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: match }).first();
  await toast.waitFor({ state: 'visible', timeout });
  return (await toast.innerText()).trim();
}

/** Expands the first collapsed rows of the side bar's tree, top-down, to show some depth (demo, smoke). */
export async function expandFirstRows(page, count, timeout = 30_000) {
  const tree = page.locator('.part.sidebar [role="tree"]').first();
  await tree.locator('[role="treeitem"]').first().waitFor({ state: 'visible', timeout });
  for (let i = 0; i < count; i++) {
    const collapsed = tree.locator('[role="treeitem"][aria-expanded="false"]');
    if ((await collapsed.count()) === 0) return;
    // Hold the element itself: once expanded, the locator would move on to the next collapsed row.
    const row = await collapsed.first().elementHandle();
    await row.click();
    await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', row, { timeout });
    // Children load asynchronously behind a progress bar; wait until the view has settled.
    await page.locator('.part.sidebar .monaco-progress-container.active').waitFor({ state: 'hidden', timeout }).catch(() => undefined);
  }
}

/** Drags the side bar's edge so long tree labels show (screenshots). */
export async function widenSideBar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  await resizeSideBar(page, width);
}

/** Drags the side bar's edge to the given width, wider or narrower (screenshots that need the editor). */
export async function resizeSideBar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width === width) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Waits until the open quick input asks for `match` (in its title or placeholder), so an answer typed
 *  right after the previous prompt closed never lands in the old box. */
export async function waitForQuickInput(page, match, timeout = 15_000) {
  const test = typeof match === 'string' ? (s) => s.includes(match) : (s) => match.test(s);
  const deadline = Date.now() + timeout;
  for (;;) {
    const prompt = await quickInputPrompt(page, Math.max(1, deadline - Date.now()));
    if (test(prompt.title) || test(prompt.placeholder)) return prompt;
    if (Date.now() > deadline) throw new Error(`the quick input asks for "${prompt.title}" / "${prompt.placeholder}", not ${match}`);
    await page.waitForTimeout(100);
  }
}

/** Clicks a tree row, with modifier keys for multi-selection (`['ControlOrMeta']`, `['Shift']`). */
export async function clickRow(page, name, modifiers = [], timeout = 15_000) {
  const row = treeItem(page, name);
  await row.waitFor({ state: 'visible', timeout });
  await row.click({ modifiers });
  return row;
}

/** Collapses every row of the side bar's tree through the view's own "Collapse All" action. */
export async function collapseAll(page, timeout = 15_000) {
  // With one view in the container its actions sit in the side bar's title, otherwise in the pane header.
  await page.locator('.part.sidebar .action-label[aria-label^="Collapse All"]').first().click({ timeout });
}

/** Waits until the side bar's view has no load in progress (children arrive behind a progress bar). */
export async function waitForViewIdle(page, timeout = 30_000) {
  await page.locator('.part.sidebar .monaco-progress-container.active').waitFor({ state: 'hidden', timeout }).catch(() => undefined);
}

/** Clicks an action of the view's title bar (the funnel, "Clear Filter", …) by its label. */
export async function clickViewAction(page, label, timeout = 15_000) {
  await page.locator(`.part.sidebar .action-label[aria-label^="${label.replace(/"/g, '\\"')}"]`).first().click({ timeout });
}

/** In the open multi-select quick pick, checks the items whose labels match, then accepts the choice. */
export async function pickQuickInputItems(page, labels, timeout = 15_000) {
  await setQuickInputChecks(page, labels, false, timeout);
}

/** Leaves exactly these items of the open multi-select quick pick checked (unchecking the others) and accepts. */
export async function pickOnlyQuickInputItems(page, labels, timeout = 15_000) {
  await setQuickInputChecks(page, labels, true, timeout);
}

async function setQuickInputChecks(page, labels, exclusive, timeout) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout });
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  const checked = async (box) => (await box.getAttribute('aria-checked')) === 'true' || (await box.isChecked().catch(() => false));
  if (exclusive) {
    await rows.first().waitFor({ state: 'visible', timeout });
    for (const row of await rows.all()) {
      const text = (await row.locator('.label-name').first().textContent())?.trim() ?? '';
      const wanted = labels.some((l) => (typeof l === 'string' ? text.includes(l) : l.test(text)));
      const box = row.getByRole('checkbox').first();
      if (!wanted && (await checked(box))) await box.click({ timeout });
    }
  }
  for (const label of labels) {
    const row = rows.filter({ has: page.locator('.label-name', { hasText: label }) }).first();
    const box = row.getByRole('checkbox').first();
    await box.waitFor({ state: 'visible', timeout });
    if (!(await checked(box))) await box.click({ timeout });
  }
  await widget.locator('input').first().press('Enter');
}
