/**
 * Runs a save, print or export. A failure (a full disk, a refused folder, a closed print dialog that threw)
 * comes back as the error's words for the screen to show, never as an unhandled rejection the user never sees.
 */
export async function outputOrProblem(run: () => Promise<unknown> | undefined): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
