/**
 * A problem with what the operator handed over (the backup file, the target database), as
 * opposed to a fault of the program: the commands print it on one line and exit with code 2,
 * having written nothing.
 */
export class BackupInputError extends Error {
  override name = 'BackupInputError';
}
