/**
 * Both versions travel with every request and every outbox entry. PROTOCOL_VERSION covers the shape of the
 * push and pull exchange; MUTATION_SCHEMA_VERSION covers the mutation args and pulled records. Head office
 * keeps reading older mutation schema versions, so an outbox written by an old app still drains.
 */
export const PROTOCOL_VERSION = 1 as const;
export const MUTATION_SCHEMA_VERSION = 1 as const;
