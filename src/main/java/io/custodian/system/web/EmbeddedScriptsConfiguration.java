package io.custodian.system.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The scripts sites embed, {@code /t.js} and {@code /consent.js}: a short public cache with a strong ETag (304 on
 * {@code If-None-Match}), and a content-versioned URL ({@code /t-<md5>.js}, from {@code ResourceUrlProvider}) cached
 * for a year as immutable. A versioned URL of an older build still answers, with the current script and the short
 * cache, so a snippet pasted before an upgrade keeps working. The build's gzip copies ({@code t.js.gz}) are served
 * to browsers that accept them, with their own ETag. Spring Security's
 * {@code no-store} default does not apply: its header writer leaves a response that has a {@code Cache-Control} alone.
 */
@Configuration
class EmbeddedScriptsConfiguration implements WebMvcConfigurer {

	static final CacheControl SHORT = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	static final CacheControl LONG = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		var versions = new ContentVersionStrategy();
		// patterns with a wildcard, so that ResourceUrlProvider finds the handler for /t.js and versions it
		registry.addResourceHandler("/t*.js", "/consent*.js")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(SHORT)
			.setEtagGenerator(new ScriptEtags(versions)::of)
			.resourceChain(true)
			.addResolver(new VersionedScriptResolver(versions, LONG))
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addVersionStrategy(versions, "/**"));
	}
}
