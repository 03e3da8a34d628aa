/**
 * The slice of `vscode.l10n` that vscode-free modules need, so their user-facing text is localised in
 * the extension and checkable in unit tests. Call it as `l10n.t` with a string literal, so the bundle check finds the key.
 */
export interface Localizer {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** English text with `{0}`-style placeholders filled, as `vscode.l10n.t` does without a bundle. */
export const englishLocalizer: Localizer = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)),
};
