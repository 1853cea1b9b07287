package io.custodian.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;

/**
 * A resource answered with its own {@code Cache-Control}, keeping the headers the resolved resource carries
 * ({@code Content-Encoding}, {@code Vary}) but its ETag: the handler's ETag generator gives every representation its own.
 */
final class CachedResource extends AbstractResource implements HttpResource {

	private final Resource resource;

	private final CacheControl cache;

	CachedResource(Resource resource, CacheControl cache) {
		this.resource = resource;
		this.cache = cache;
	}

	@Override
	public HttpHeaders getResponseHeaders() {
		var headers = new HttpHeaders();
		if (resource instanceof HttpResource http) {
			headers.putAll(http.getResponseHeaders());
			headers.remove(HttpHeaders.ETAG);
		}
		headers.setCacheControl(cache);
		return headers;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return resource.getInputStream();
	}

	@Override
	public boolean exists() {
		return resource.exists();
	}

	@Override
	public boolean isReadable() {
		return resource.isReadable();
	}

	@Override
	public long contentLength() throws IOException {
		return resource.contentLength();
	}

	@Override
	public long lastModified() throws IOException {
		return resource.lastModified();
	}

	@Override
	public URL getURL() throws IOException {
		return resource.getURL();
	}

	@Override
	public URI getURI() throws IOException {
		return resource.getURI();
	}

	@Override
	public String getFilename() {
		return resource.getFilename();
	}

	@Override
	public String getDescription() {
		return resource.getDescription();
	}
}
