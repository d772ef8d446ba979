// How the readers of a project see the repository: by repository-relative path, so the same
// readers work on the workspace on disk, on a commit's tree and on files held in memory.

/** Reads a file by its repository-relative path; undefined when it does not exist. */
export interface FileReader {
  read(path: string): Promise<string | undefined>;
  /** Repository-relative entries directly in `dir`, folders ending in `/`; undefined if absent. */
  list?(dir: string): Promise<string[] | undefined>;
  /** The file's bytes (the changelog is decoded strictly); undefined when it does not exist. */
  readBytes?(path: string): Promise<Uint8Array | undefined>;
}
