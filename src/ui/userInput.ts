/**
 * Every question the extension asks goes through this interface, so the extension-host tests can script
 * the answers (modal dialogs throw in test mode) and an unexpected prompt fails fast. Each prompt's
 * title or placeholder names what it asks for; cancelling any prompt throws `UserCancelledError`, and the
 * Back button of a multi-step input's later steps throws `GoBackError`.
 */
import type { QuickPickItem, Uri } from 'vscode';

export class UserCancelledError extends Error {
  override readonly name = 'UserCancelledError';
  constructor() {
    super('Cancelled by the user');
  }
}

/** By name as well, so a cancel raised by another copy of this module (test scripts) is still a cancel. */
export function isUserCancelled(e: unknown): e is UserCancelledError {
  return e instanceof UserCancelledError || (e instanceof Error && e.name === 'UserCancelledError');
}

/** Back was pressed in a multi-step input: the flow asks its previous step again. */
export class GoBackError extends Error {
  override readonly name = 'GoBackError';
  constructor() {
    super('Back to the previous step');
  }
}

/** By name as well, like `isUserCancelled`. */
export function isGoBack(e: unknown): e is GoBackError {
  return e instanceof GoBackError || (e instanceof Error && e.name === 'GoBackError');
}

/** Where a prompt sits in a multi-step input: shown as "(2/6)", with a Back button from the second step on. */
export interface InputStep {
  readonly step: number;
  readonly totalSteps: number;
}

export interface PickItem<T> extends QuickPickItem {
  readonly value: T;
}

export interface PickOptions {
  readonly title: string;
  readonly placeholder?: string;
  readonly step?: InputStep;
  /** A multi-select accepted with nothing checked answers "none" (the caller says what that means) instead of cancelling. */
  readonly acceptsNone?: boolean;
}

/** A pick of suggestions that also takes a typed value `validate` accepts (a region id not in the list). */
export interface EntryPickOptions extends PickOptions {
  /** The entry chosen when the pick opens. */
  readonly value?: string;
  readonly validate: (typed: string) => string | undefined;
}

export interface StreamingPickOptions<T> extends PickOptions {
  /**
   * Which items show for the typed text: the pick's own fuzzy matching is off, so this alone decides. Called
   * once per text, so the text is read once however many items there are.
   */
  readonly matcher: (typed: string) => (value: T) => boolean;
}

/** What fills a streaming pick while it is open. */
export interface PickFeed<T> {
  /** Aborted when the pick closes (chosen or dismissed): the work feeding it stops. */
  readonly signal: AbortSignal;
  add(items: ReadonlyArray<PickItem<T>>): void;
  /** A line on how far the work got ("120 tasks looked at"). */
  progress(text: string): void;
}

export interface InputOptions {
  readonly title: string;
  readonly prompt?: string;
  readonly placeholder?: string;
  readonly value?: string;
  /** Masks the typed text (secret keys). */
  readonly password?: boolean;
  /** A message when the value is unacceptable, undefined when it is fine. */
  readonly validate?: (value: string) => string | undefined;
  readonly step?: InputStep;
  /** Shown in the box as it opens, until the value is edited: why this step is asked again (keys refused). */
  readonly problem?: string;
}

export interface ConfirmOptions {
  readonly message: string;
  readonly detail?: string;
  /** The verb on the one confirming button ("Delete", "Save Anyway"). */
  readonly action: string;
}

export interface TypedConfirmOptions extends InputOptions {
  /** What must be typed, exactly. */
  readonly expected: string;
}

export interface SaveOptions {
  readonly title: string;
  /** The file name offered. */
  readonly defaultName: string;
  /** Label → extensions, e.g. `{ CSV: ['csv'] }`. */
  readonly filters: Readonly<Record<string, string[]>>;
}

/** A button on a non-modal message and what it does. */
export interface MessageAction {
  readonly label: string;
  readonly run: () => unknown;
}

export interface UserInput {
  pick<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T>;
  /**
   * An empty selection counts as cancelling, except with `acceptsNone` or in a step of a multi-step input
   * (`options.step`), where it is an answer: closing the step cancels the flow, so an empty choice must mean
   * something else.
   */
  pickMany<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T[]>;
  /**
   * A pick whose items arrive while it is open, from `feed` (busy until it settles); the person types to
   * narrow them. Resolves with the chosen item; closing it cancels.
   */
  pickStreaming<T>(options: StreamingPickOptions<T>, feed: (to: PickFeed<T>) => Promise<void>): Promise<T>;
  /** Resolves with a suggestion's value or the typed value. */
  pickOrEnter(items: ReadonlyArray<PickItem<string>>, options: EntryPickOptions): Promise<string>;
  input(options: InputOptions): Promise<string>;
  /** A modal warning with one action button; closing it cancels. */
  confirm(options: ConfirmOptions): Promise<void>;
  /** An input that only accepts `expected`. */
  confirmTyped(options: TypedConfirmOptions): Promise<void>;
  /** Where to save a file; closing the dialog cancels. */
  saveFile(options: SaveOptions): Promise<Uri>;
  /** Non-modal messages: they do not wait for the person, so commands finish while they show. */
  info(message: string, ...actions: MessageAction[]): void;
  warn(message: string, ...actions: MessageAction[]): void;
  error(message: string, ...actions: MessageAction[]): void;
}
