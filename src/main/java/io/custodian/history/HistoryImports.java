package io.custodian.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a site's history from another tool's export. The upload's structure (archive, files, headers) is checked
 * before anything runs: a bad one is a 400 problem naming the file, row and column. Rows with bad values are skipped
 * and reported; all figures are written at the end in one transaction, replacing the days a previous import of the
 * same format brought, so importing twice counts once. The upload file is deleted when the import ends. A site runs
 * one import at a time and all sites together at most {@code custodian.history.max-running}: a further one is a 409
 * problem with a {@code reason}. An import whose process stopped shows as interrupted once its lease has run out.
 */
public interface HistoryImports {

	/** Refuses with a 409 problem naming the reason when an import of the site could not start now. */
	void checkStart(UUID siteId);

	/** Checks the upload and imports it in the background; the status tells its progress. */
	ImportStatus start(UUID siteId, ImportFormat format, String fileName, Path upload);

	/** Checks the upload and imports it before returning; a failure is a 400 problem naming the file, row and column. */
	ImportStatus run(UUID siteId, ImportFormat format, String fileName, Path upload);

	Optional<ImportStatus> find(UUID siteId, UUID importId);

	/** The latest imports of a site, newest first. */
	List<ImportStatus> recent(UUID siteId, int limit);
}
