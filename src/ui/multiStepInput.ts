/**
 * Runs the steps of a multi-step input in order. A step that throws `GoBackError` (its Back button) makes the
 * last step shown before it run again; answers live in the caller's state, so that step opens with its answer.
 * Checks between steps (no prompt of their own) are not counted, and Back passes over them.
 */
import { isGoBack, type InputStep } from './userInput';

export interface Step<S> {
  readonly id: string;
  /** False for a step the answers so far make unneeded (the endpoint when the cloud is not Custom). */
  readonly applies?: (state: S) => boolean;
  /** A check rather than a prompt: not counted in "(2/6)", and never returned to by Back. */
  readonly check?: boolean;
  /** Asks or checks, updating `state`; may name the step to go on with instead of the next one. */
  readonly run: (state: S, at: InputStep) => Promise<string | void>;
}

export async function runSteps<S>(state: S, steps: ReadonlyArray<Step<S>>): Promise<S> {
  const shown: number[] = [];
  let index = 0;
  while (index < steps.length) {
    const step = steps[index]!;
    if (step.applies && !step.applies(state)) {
      index++;
      continue;
    }
    const prompts = steps.filter((s) => !s.check && (!s.applies || s.applies(state)));
    const at = { step: prompts.indexOf(step) + 1, totalSteps: prompts.length };
    try {
      const next = await step.run(state, at);
      if (!step.check) shown.push(index);
      index = next === undefined ? index + 1 : indexOf(steps, next);
      // Back from a step gone to again goes to the step before it, not to where the jump came from.
      while (shown.length > 0 && shown[shown.length - 1]! >= index) shown.pop();
    } catch (e) {
      const previous = shown.pop();
      if (!isGoBack(e) || previous === undefined) throw e;
      index = previous;
    }
  }
  return state;
}

function indexOf<S>(steps: ReadonlyArray<Step<S>>, id: string): number {
  const index = steps.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`no step "${id}"`);
  return index;
}
