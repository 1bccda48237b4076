// A file size as the size messages say it ("16.0 MB", decimal megabytes), one wording for the CLI's
// reader and the app's, which refuse the same files.
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
