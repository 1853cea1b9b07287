package io.custodian.system.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.VersionStrategy;

/** A script's strong ETag: its content version, computed once per script (the files do not change while running). */
final class ScriptEtags {

	private final VersionStrategy versions;

	private final Map<String, String> known = new ConcurrentHashMap<>();

	ScriptEtags(VersionStrategy versions) {
		this.versions = versions;
	}

	String of(Resource script) {
		return known.computeIfAbsent(script.getDescription(), description -> versions.getResourceVersion(script));
	}
}
