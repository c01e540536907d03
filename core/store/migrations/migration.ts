/** One schema step. Versions are consecutive; a workspace records the last one applied. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}
