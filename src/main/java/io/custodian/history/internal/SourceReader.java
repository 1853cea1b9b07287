package io.custodian.history.internal;

import java.time.ZoneId;
import java.util.List;

import io.custodian.history.ImportFormat;

/** Reads one format's upload into daily figures. */
interface SourceReader {

	ImportFormat format();

	/** The files of the upload it reads, in reading order, each header checked; a missing file or column fails. */
	List<String> check(Upload upload);

	/** Adds every row of those files to the tally; bad values skip their row, a broken file fails the import. */
	void read(Upload upload, List<String> files, ZoneId zone, DayTally tally, Progress progress);
}
