// How the readers of a project see the repository: by repository-relative path, so the same
// readers work on the workspace on disk, on a commit's tree and on files held in memory.

/**
 * Reads a file by its repository-relative path; undefined when it does not exist. A reader refuses
 * (throws a UserError naming the file) a path into `.git` or out of the repository, anything but a
 * regular file, and a file of more than `limit` bytes (READ_LIMITS.text unless given).
 */
export interface FileReader {
  read(path: string, limit?: number): Promise<string | undefined>;
  /** Repository-relative entries directly in `dir`, folders ending in `/`; undefined if absent. */
  list?(dir: string): Promise<string[] | undefined>;
  /**
   * The file's bytes (the changelog is decoded strictly), up to `limit` (READ_LIMITS.large unless
   * given); undefined when it does not exist.
   */
  readBytes?(path: string, limit?: number): Promise<Uint8Array | undefined>;
}
