/** Small aliases so the letters code reads clearly; money is integer fen as everywhere (shared/domain/money). */
export type Fen = number;
/** YYYY-MM-DD, in the case's time zone. */
export type LocalDate = string;
