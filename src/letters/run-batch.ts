// Making a batch: every letter from the one compiled template, a bounded number at a time. Laying out a
// .docx is mostly synchronous work with asynchronous packing in between, so a few letters in flight keep
// the packer busy without holding a thousand documents in memory. Results are handed over as they are
// made (the caller writes each file at once); the outcome list is in letter order.
import type { AdminDocument } from "../documents/model.js";
import type { BatchLetter, LetterEngine, LetterProblem, MadeLetter } from "./engine.js";

/**
 * Letters in flight. Each letter waits for its files to reach the disk (fsync, on libuv's threads) before
 * its place is taken by the next: with 8 the thread sat idle a fifth of a batch waiting for the disk; 32
 * keep it laying out while the disk works (a letter holds a few tens of KB meanwhile).
 */
export const DEFAULT_CONCURRENCY = 32;

export type LetterOutcome =
  | { readonly index: number; readonly ok: true }
  | { readonly index: number; readonly ok: false; readonly problem: LetterProblem };

export interface RunOptions {
  readonly concurrency?: number;
  /** Called for each letter as soon as it is made, before the next ones are awaited. */
  readonly onLetter?: (letter: BatchLetter, made: MadeLetter) => void | Promise<void>;
  /** Called after each letter, made or failed. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One .docx per letter. */
export async function runSeparate(
  engine: LetterEngine,
  letters: readonly BatchLetter[],
  options: RunOptions = {},
): Promise<LetterOutcome[]> {
  const outcomes = new Array<LetterOutcome>(letters.length);
  let next = 0;
  let done = 0;
  // The first failure stops the batch: no letter is started after it, but the letters in flight finish
  // (or fail) before it is thrown, so that none is still being written when the command ends.
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < letters.length && failure === null) {
      const letter = letters[next++]!;
      try {
        const made = await engine.produce(letter);
        if (made.ok) {
          await options.onLetter?.(letter, made.value);
          outcomes[letter.index] = { index: letter.index, ok: true };
        } else {
          outcomes[letter.index] = { index: letter.index, ok: false, problem: made.problem };
        }
      } catch (error) {
        failure ??= { error };
        return;
      }
      options.onProgress?.(++done, letters.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, letters.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return outcomes;
}

/** The letters' document models, for one combined .docx; the failed ones are left out. */
export function buildDocuments(
  engine: LetterEngine,
  letters: readonly BatchLetter[],
  onProgress?: (done: number, total: number) => void,
): { outcomes: LetterOutcome[]; documents: AdminDocument[] } {
  const outcomes: LetterOutcome[] = [];
  const documents: AdminDocument[] = [];
  letters.forEach((letter, i) => {
    const built = engine.document(letter);
    if (built.ok) documents.push(built.value);
    outcomes.push(
      built.ok ? { index: letter.index, ok: true } : { index: letter.index, ok: false, problem: built.problem },
    );
    onProgress?.(i + 1, letters.length);
  });
  return { outcomes, documents };
}

/** --dry-run: which letters would be made and what the others lack; nothing is laid out. */
export function checkLetters(engine: LetterEngine, letters: readonly BatchLetter[]): LetterOutcome[] {
  return letters.map((letter) => {
    const checked = engine.check(letter);
    return checked.ok
      ? { index: letter.index, ok: true }
      : { index: letter.index, ok: false, problem: checked.problem };
  });
}
