/** The "Electronegativity findings" rows of docs/security.md: "CHECK_ID file" → why it is fixed or accepted. */
export function acceptedFindings(markdown: string): Map<string, string>;
