import type { RecoveryDeskDb } from '../../store/database';
import { allLetters, peekLetterCounter, type RegisteredLetter } from './register';

/** What the letter screens read (the register, the next number to print), with the store bound. */
export class LetterRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  /** The whole register, newest first. */
  all(): Promise<RegisteredLetter[]> {
    return allLetters(this.db);
  }

  /** The counter the next letter will print; taken only when it is registered (letters/actions/issueLetter.ts). */
  nextCounter(): Promise<number> {
    return peekLetterCounter(this.db);
  }
}
