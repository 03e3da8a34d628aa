/**
 * Prompts answered from a script, in order. Each step names the prompt it expects (matched against the
 * prompt's title and placeholder); a prompt that is not the next expected one is recorded and answered
 * by cancelling, and `assertDone()` then fails the test. Non-modal messages are recorded, not answered.
 */
import * as assert from 'node:assert/strict';
import { Uri } from 'vscode';
import {
  GoBackError,
  UserCancelledError,
  type ConfirmOptions,
  type EntryPickOptions,
  type InputStep,
  type InputOptions,
  type MessageAction,
  type PickFeed,
  type PickItem,
  type StreamingPickOptions,
  type PickOptions,
  type SaveOptions,
  type TypedConfirmOptions,
  type UserInput,
} from '../../src/ui/userInput';

export const CANCEL = Symbol('cancel');
/** For a streaming pick: closes it as soon as it opens, before any item arrived. */
export const CLOSE_AT_ONCE = Symbol('close at once');

type Kind = 'pick' | 'pickMany' | 'streaming' | 'input' | 'confirm' | 'confirmTyped' | 'save' | 'back';

/** Chooses among the offered labels: an exact label, a predicate, or all for pickMany. */
type Choice = string | ((label: string, index: number) => boolean);

interface Step {
  readonly kind: Kind;
  readonly prompt: RegExp;
  readonly answer: Choice | typeof CANCEL | typeof CLOSE_AT_ONCE | true;
  /** What is typed into a streaming pick before its items are looked at. */
  readonly typed?: string;
  /** An input typed and refused by the prompt's validation; the person then types the next step's answer. */
  readonly refused?: boolean;
  /** Runs while the prompt is open, before it is answered: what another window does meanwhile. */
  meanwhile?: () => Promise<unknown>;
}

/** A prompt as it was put: what it offered (picks) or held already (inputs). */
export interface AskedPrompt {
  readonly kind: Kind;
  readonly title: string;
  readonly placeholder?: string;
  /** The text an input box opened with, or the entry a pick of suggestions opened on. */
  readonly value?: string;
  /** Whether an input box masked what is typed. */
  readonly password?: boolean;
  /** Its place in a multi-step input. */
  readonly step?: InputStep;
  /** The message an input box opened with (why it is asked again). */
  readonly problem?: string;
  readonly items?: ReadonlyArray<{ readonly label: string; readonly description?: string; readonly detail?: string; readonly picked?: boolean }>;
}

/** A value the prompt's validation refused, with the message it gave. */
export interface Refusal {
  readonly title: string;
  readonly value: string;
  readonly message: string;
}

export interface Message {
  readonly level: 'info' | 'warn' | 'error';
  readonly text: string;
}

export class ScriptedUserInput implements UserInput {
  private readonly steps: Step[] = [];
  readonly messages: Message[] = [];
  /** Every prompt shown, as "kind: title | placeholder", plus modal texts. */
  readonly shown: string[] = [];
  private readonly unexpected: string[] = [];
  /** Every prompt with what it offered or held, in order. */
  readonly asked: AskedPrompt[] = [];
  readonly refusals: Refusal[] = [];
  /** What the last streaming pick showed: its progress lines, the labels it offered for the typed text, and when it closed. */
  readonly streamed: { progress: string[]; labels: string[]; closedAt?: number } = { progress: [], labels: [] };
  private readonly buttons = new WeakMap<Message, readonly MessageAction[]>();
  /** The `meanwhile` of the prompt being answered. */
  private during?: () => Promise<unknown>;

  pickAnswer(prompt: RegExp, choice: Choice | typeof CANCEL): this {
    return this.push({ kind: 'pick', prompt, answer: choice });
  }
  pickManyAnswer(prompt: RegExp, choice: Choice | typeof CANCEL): this {
    return this.push({ kind: 'pickMany', prompt, answer: choice });
  }
  /**
   * Types `typed` into a streaming pick, waits until an item matching `choice` arrives among those shown for
   * it and picks it; with CANCEL, closes the pick once the first item arrived (the work is under way). The pick's
   * progress lines and the labels it offered are kept in `streamed`.
   */
  streamingPickAnswer(prompt: RegExp, typed: string, choice: Choice | typeof CANCEL | typeof CLOSE_AT_ONCE): this {
    return this.push({ kind: 'streaming', prompt, answer: choice, typed });
  }
  inputAnswer(prompt: RegExp, value: string | typeof CANCEL): this {
    return this.push({ kind: 'input', prompt, answer: value });
  }
  /** Types a value the input must refuse (recorded in `refusals`); an accepted one fails the script. */
  inputRefused(prompt: RegExp, value: string): this {
    return this.push({ kind: 'input', prompt, answer: value, refused: true });
  }
  /** Presses the Back button of a multi-step input's step; a prompt without one fails the script. */
  backAnswer(prompt: RegExp): this {
    return this.push({ kind: 'back', prompt, answer: true });
  }
  confirmAnswer(prompt: RegExp, accept: boolean): this {
    return this.push({ kind: 'confirm', prompt, answer: accept ? true : CANCEL });
  }
  /**
   * Answers the question asked before a profile's keys first go to a host outside the known clouds
   * (the emulator's loopback address included); with `host`, the question must name it.
   */
  endpointAnswer(allow: boolean, host?: string): this {
    const names = host === undefined ? '' : `.*${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    return this.confirmAnswer(new RegExp(`signed requests to${names}`), allow);
  }
  typedAnswer(prompt: RegExp, value: string | typeof CANCEL): this {
    return this.push({ kind: 'confirmTyped', prompt, answer: value });
  }
  /** Answers a save dialog with a file path. */
  saveAnswer(prompt: RegExp, path: string | typeof CANCEL): this {
    return this.push({ kind: 'save', prompt, answer: path });
  }
  /** Runs `action` while the last scripted prompt is open, then answers it (another window's change meanwhile). */
  meanwhile(action: () => Promise<unknown>): this {
    const last = this.steps[this.steps.length - 1];
    assert.ok(last, 'meanwhile() follows the step it runs during');
    last.meanwhile = action;
    return this;
  }

  assertDone(): void {
    assert.deepEqual(this.unexpected, [], 'unexpected prompts');
    assert.deepEqual(this.steps.map((s) => `${s.kind} ${s.prompt}`), [], 'prompts never shown');
  }

  pick<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions, recorded = true): Promise<T> {
    if (recorded) {
      this.record('pick', options, items);
      this.backIfScripted(options);
    }
    const choice = this.answer('pick', options);
    const index = items.findIndex((item, i) => matches(choice, item.label, i));
    if (index < 0) return this.fail(`pick: no item matches among ${items.map((i) => i.label).join(', ')}`);
    return this.reply(items[index]!.value);
  }

  pickMany<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T[]> {
    this.record('pickMany', options, items);
    this.backIfScripted(options);
    const choice = this.answer('pickMany', options);
    const chosen = items.filter((item, i) => matches(choice, item.label, i));
    if (chosen.length === 0 && !options.step && !options.acceptsNone) throw new UserCancelledError();
    return this.reply(chosen.map((c) => c.value));
  }

  async pickStreaming<T>(options: StreamingPickOptions<T>, feed: (to: PickFeed<T>) => Promise<void>): Promise<T> {
    this.asked.push({ kind: 'streaming', title: options.title, placeholder: options.placeholder });
    const typed = this.steps[0]?.typed ?? '';
    const closesAtOnce = this.steps[0]?.answer === CLOSE_AT_ONCE;
    const cancels = closesAtOnce || this.steps[0]?.answer === CANCEL;
    const choice = this.answer('streaming', options);
    const abort = new AbortController();
    this.streamed.progress = [];
    this.streamed.labels = [];
    let chosen: { value: T } | undefined;
    let resolveFound!: () => void;
    const found = new Promise<void>((r) => (resolveFound = r));
    const close = (): void => {
      if (abort.signal.aborted) return;
      this.streamed.closedAt = Date.now();
      abort.abort();
      resolveFound();
    };
    const fed = feed({
      signal: abort.signal,
      add: (items) => {
        if (abort.signal.aborted) return;
        if (cancels) close();
        const keep = options.matcher(typed);
        for (const item of items.filter((i) => keep(i.value))) {
          this.streamed.labels.push(item.label);
          if (!cancels && !chosen && matches(choice, item.label, this.streamed.labels.length - 1)) {
            chosen = { value: item.value };
            close();
          }
        }
      },
      progress: (text) => {
        this.streamed.progress.push(text);
      },
    });
    if (closesAtOnce) close();
    await Promise.race([found, fed.then(close, close)]);
    if (!chosen) throw new UserCancelledError();
    return this.reply(chosen.value);
  }

  /** Answered by a pick step (an offered label) or an input step (a typed value, which must be valid). */
  pickOrEnter(items: ReadonlyArray<PickItem<string>>, options: EntryPickOptions): Promise<string> {
    this.record('pick', options, items, options.value);
    this.backIfScripted(options);
    if (this.steps[0]?.kind !== 'input') return this.pick(items, { title: options.title, placeholder: options.placeholder }, false);
    const typed = this.answer('input', options);
    if (typeof typed !== 'string') return this.fail('pickOrEnter: a string answer is needed');
    const problem = options.validate(typed);
    if (problem) return this.fail(`pick "${options.title}" refused "${typed}": ${problem}`);
    return this.reply(typed);
  }

  input(options: InputOptions): Promise<string> {
    const { title, placeholder, step } = options;
    this.asked.push({ kind: 'input', title, placeholder, value: options.value, password: options.password ?? false, step, problem: options.problem });
    this.backIfScripted(options);
    for (let step = this.steps[0]; step?.refused && step.kind === 'input'; step = this.steps[0]) {
      if (!step.prompt.test(`${options.title} | ${options.placeholder ?? ''}`) || typeof step.answer !== 'string') break;
      const message = options.validate?.(step.answer);
      if (!message) return this.fail(`input "${options.title}" accepted "${step.answer}", which it should refuse`);
      this.refusals.push({ title: options.title, value: step.answer, message });
      this.steps.shift();
    }
    const value = this.answer('input', options);
    if (typeof value !== 'string') return this.fail('input: a string answer is needed');
    const problem = options.validate?.(value);
    if (problem) return this.fail(`input "${options.title}" rejected "${value}": ${problem}`);
    return this.reply(value);
  }

  confirm(options: ConfirmOptions): Promise<void> {
    this.shown.push(`modal: ${options.message}\n${options.detail ?? ''}`);
    this.answer('confirm', { title: options.message, placeholder: options.action });
    return this.reply(undefined);
  }

  confirmTyped(options: TypedConfirmOptions): Promise<void> {
    const value = this.answer('confirmTyped', options);
    if (value !== options.expected) throw new UserCancelledError();
    return Promise.resolve();
  }

  saveFile(options: SaveOptions): Promise<Uri> {
    const path = this.answer('save', { title: options.title, placeholder: options.defaultName });
    if (typeof path !== 'string') return this.fail('save: a path answer is needed');
    return Promise.resolve(Uri.file(path));
  }

  info(text: string, ...actions: MessageAction[]): void {
    this.message('info', text, actions);
  }
  warn(text: string, ...actions: MessageAction[]): void {
    this.message('warn', text, actions);
  }
  error(text: string, ...actions: MessageAction[]): void {
    this.message('error', text, actions);
  }

  /** A message's buttons, for a test to press (kept apart so messages compare by level and text). */
  actionsOf(message: Message): readonly MessageAction[] {
    return this.buttons.get(message) ?? [];
  }

  private message(level: Message['level'], text: string, actions: readonly MessageAction[]): void {
    const message = { level, text };
    this.buttons.set(message, actions);
    this.messages.push(message);
  }

  private record<T>(kind: Kind, options: PickOptions, items: ReadonlyArray<PickItem<T>>, value?: string): void {
    this.asked.push({
      kind,
      title: options.title,
      placeholder: options.placeholder,
      step: options.step,
      ...(value !== undefined ? { value } : {}),
      items: items.map((i) => ({ label: i.label, description: i.description, detail: i.detail, picked: i.picked })),
    });
  }

  /** Presses Back when that is the next scripted answer for this prompt. */
  private backIfScripted(options: { title: string; placeholder?: string; step?: InputStep }): void {
    const next = this.steps[0];
    if (next?.kind !== 'back' || !next.prompt.test(`${options.title} | ${options.placeholder ?? ''}`)) return;
    this.answer('back', options);
    if ((options.step?.step ?? 0) < 2) this.fail(`"${options.title}" has no Back button`);
    throw new GoBackError();
  }

  private push(step: Step): this {
    this.steps.push(step);
    return this;
  }

  /** The next step's answer; cancels (and records) a prompt that was not expected next. */
  private answer(kind: Kind, options: { title: string; placeholder?: string }): Choice | true {
    const asked = `${kind}: ${options.title} | ${options.placeholder ?? ''}`;
    this.shown.push(asked);
    const step = this.steps[0];
    if (!step || step.kind !== kind || !step.prompt.test(`${options.title} | ${options.placeholder ?? ''}`)) {
      this.unexpected.push(asked);
      throw new UserCancelledError();
    }
    this.steps.shift();
    this.during = step.meanwhile;
    if (step.answer === CANCEL && kind !== 'streaming') throw new UserCancelledError();
    return step.answer as Choice | true;
  }

  /** The answer, once whatever was scripted to happen while the prompt was open has happened. */
  private async reply<T>(value: T): Promise<T> {
    const during = this.during;
    this.during = undefined;
    await during?.();
    return value;
  }

  private fail(reason: string): never {
    this.unexpected.push(reason);
    throw new UserCancelledError();
  }
}

function matches(choice: Choice | true, label: string, index: number): boolean {
  if (choice === true) return true;
  return typeof choice === 'string' ? label === choice : choice(label, index);
}
