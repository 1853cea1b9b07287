package io.custodian.collect.internal.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import io.custodian.security.IpLiterals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places public IP addresses with an MMDB database: the configured file, else DB-IP's country database bundled at
 * {@code geo/dbip-country.mmdb}, else nothing (then every answer is empty and startup says so once). Reads the MaxMind
 * GeoIP2/GeoLite2 layout and the ip-location-db layout. Never throws for odd input.
 */
public final class GeoLocator implements AutoCloseable {

	static final String BUNDLED_DATABASE = "geo/dbip-country.mmdb";

	private static final Logger log = LoggerFactory.getLogger(GeoLocator.class);

	private final Reader reader;

	private final String source;

	/** {@code configuredFile}: an MMDB file to use instead of the bundled country database. */
	public GeoLocator(Optional<Path> configuredFile) {
		this(configuredFile, BUNDLED_DATABASE);
	}

	GeoLocator(Optional<Path> configuredFile, String bundledResource) {
		Reader opened = null;
		String from = null;
		String problem = "no database configured and " + bundledResource + " is not bundled";
		if (configuredFile.isPresent()) {
			Path file = configuredFile.get();
			try {
				opened = new Reader(file.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache());
				from = file.toString();
			}
			catch (IOException | RuntimeException ex) {
				problem = file + " is not a readable MMDB database (" + ex.getMessage() + ") and " + bundledResource + " is not bundled";
				log.warn("Geolocation database {} is unusable ({}); trying the bundled one", file, ex.getMessage());
			}
		}
		if (opened == null) {
			try (InputStream bundled = GeoLocator.class.getClassLoader().getResourceAsStream(bundledResource)) {
				if (bundled != null) {
					opened = new Reader(bundled, new CHMCache());
					from = "classpath:" + bundledResource;
				}
			}
			catch (IOException | RuntimeException ex) {
				problem = "the bundled " + bundledResource + " is unreadable (" + ex.getMessage() + ")";
			}
		}
		this.reader = opened;
		this.source = from;
		if (opened == null) {
			log.info("Geolocation is off: {}", problem);
		}
		else {
			log.info("Geolocation uses {} ({}, built {})", from, opened.getMetadata().getDatabaseType(),
					opened.getMetadata().getBuildDate().toInstant());
		}
	}

	/** Whether a database is loaded. */
	public boolean isEnabled() {
		return reader != null;
	}

	/** The file or classpath resource in use, if any. */
	public Optional<String> source() {
		return Optional.ofNullable(source);
	}

	/** The location of an address written as text; empty for non-IP text and for private or unknown addresses. */
	public Optional<GeoLocation> locate(String address) {
		return IpLiterals.parse(address).flatMap(this::locate);
	}

	/** The location of an address; empty for private, loopback and unknown addresses. */
	public Optional<GeoLocation> locate(InetAddress address) {
		if (reader == null || address == null || IpLiterals.isNonPublic(address)) {
			return Optional.empty();
		}
		try {
			Map<?, ?> record = reader.get(address, Map.class);
			return record == null ? Optional.empty() : fromRecord(record);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
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
		if (reader != null) {
			try {
				reader.close();
			}
			catch (IOException ex) {
				log.debug("Closing the geolocation database failed", ex);
			}
		}
	}
}
