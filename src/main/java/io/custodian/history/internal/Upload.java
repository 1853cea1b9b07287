package io.custodian.history.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of an upload: the entries of a zip archive, or the upload itself as one file under its given name.
 * Entries are bounded in number and each read is bounded in uncompressed size, so a zip bomb fails with a problem.
 */
final class Upload implements AutoCloseable {

	static final int MAX_ENTRIES = 256;

	private final Path path;

	private final String name;

	private final ZipFile zip;

	private final long maxBytes;

	private Upload(Path path, String name, ZipFile zip, long maxBytes) {
		this.path = path;
		this.name = name;
		this.zip = zip;
		this.maxBytes = maxBytes;
	}

	static Upload open(Path path, String name, long maxUncompressed) {
		try {
			if (!isZip(path)) {
				return new Upload(path, name, null, maxUncompressed);
			}
			var zip = new ZipFile(path.toFile());
			if (zip.size() > MAX_ENTRIES) {
				zip.close();
				throw new ImportFailure(name, 0, null, "holds more than " + MAX_ENTRIES + " files");
			}
			if (zip.stream().mapToLong(e -> Math.max(e.getSize(), 0)).sum() > maxUncompressed) {
				zip.close();
				throw new ImportFailure(name, 0, null, "unpacks to more than " + maxUncompressed + " bytes");
			}
			return new Upload(path, name, zip, maxUncompressed);
		}
		catch (ZipException e) {
			throw new ImportFailure(name, 0, null, "is not a readable zip archive");
		}
		catch (IOException e) {
			throw new ImportFailure(name, 0, null, "cannot be read");
		}
	}

	/** The file names inside, without folders ("export/imported_pages.csv" is "imported_pages.csv"). */
	List<String> files() {
		if (zip == null) {
			return List.of(baseName(name));
		}
		var names = new ArrayList<String>();
		zip.stream().filter(e -> !e.isDirectory()).map(e -> baseName(e.getName()))
			.filter(n -> !n.startsWith(".") && !n.isEmpty()).distinct().forEach(names::add);
		return names;
	}

	InputStream open(String file) throws IOException {
		if (zip == null) {
			return bounded(file, Files.newInputStream(path));
		}
		var entry = zip.stream().filter(e -> !e.isDirectory() && baseName(e.getName()).equals(file)).findFirst()
			.orElseThrow(() -> new ImportFailure(file, 0, null, "is not in the archive"));
		return bounded(file, zip.getInputStream(entry));
	}

	@Override
	public void close() {
		try {
			if (zip != null) {
				zip.close();
			}
		}
		catch (IOException e) {
			// nothing was written through it
		}
	}

	static String baseName(String entry) {
		var slash = Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('\\'));
		return entry.substring(slash + 1);
	}

	/** Whether a file name, without its extension, is the table (after any prefix such as "matomo_"). */
	static boolean names(String file, String table) {
		var lower = file.toLowerCase(Locale.ROOT);
		var dot = lower.lastIndexOf('.');
		var stem = dot < 0 ? lower : lower.substring(0, dot);
		return stem.equals(table) || stem.endsWith("_" + table) || stem.endsWith("." + table);
	}

	private static boolean isZip(Path path) throws IOException {
		try (var in = Files.newInputStream(path)) {
			var head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
	}

	private InputStream bounded(String file, InputStream in) {
		return new FilterInputStream(in) {
			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) {
				read += n;
				if (read > maxBytes) {
					throw new ImportFailure(file, 0, null, "is larger than " + maxBytes + " bytes uncompressed");
				}
			}
		};
	}
}
