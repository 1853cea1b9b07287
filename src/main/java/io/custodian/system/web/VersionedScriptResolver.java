package io.custodian.system.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionStrategy;

/**
 * Resolves a versioned script URL ({@code t-<version>.js}): the current version with the long cache; an older version
 * (a snippet pasted before an upgrade) as the current script with the handler's short cache, instead of the 404 a
 * version resolver alone would answer. Unversioned paths pass through.
 */
final class VersionedScriptResolver extends AbstractResourceResolver {

	private final VersionStrategy versions;

	private final CacheControl current;

	VersionedScriptResolver(VersionStrategy versions, CacheControl current) {
		this.versions = versions;
		this.current = current;
	}

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String path,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		var resource = chain.resolveResource(request, path, locations);
		var version = versions.extractVersion(path);
		if (version == null) {
			return resource;
		}
		if (resource != null) {
			return new CachedResource(resource, current);
		}
		return chain.resolveResource(request, versions.removeVersion(path, version), locations);
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}
}
