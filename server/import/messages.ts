/** The import's messages live in shared/ so the console translates the same codes (shared/portfolio/importMessages.ts). */
export * from '../../shared/portfolio/importMessages';
