package io.custodian.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.audit.AuditSettings;
import io.custodian.audit.ChainCheckpoints;
import io.custodian.audit.ChainKey;
import io.custodian.audit.Checkpoint;
import io.custodian.audit.CheckpointedChain;
import io.custodian.audit.HashChain;
import io.custodian.system.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkpoints in the append-only file {@code audit-checkpoints.log} of the data directory, one JSON line each,
 * also logged and sent to the webhook. A new checkpoint is written only while the chain still holds the previous one,
 * so a rewound or rewritten chain can never be anchored over its earlier checkpoint.
 */
@Component
class FileCheckpoints implements ChainCheckpoints {

	static final String FILE = "audit-checkpoints.log";

	private static final Logger log = LoggerFactory.getLogger(FileCheckpoints.class);

	private final Path file;

	private final ChainKey key;

	private final AuditSettings settings;

	private final ObjectProvider<CheckpointedChain> chains;

	private final JsonMapper json;

	private final CheckpointWebhook webhook;

	private final Map<String, Checkpoint> latest = new ConcurrentHashMap<>();

	FileCheckpoints(SystemSettings system, ChainKey key, AuditSettings settings, ObjectProvider<CheckpointedChain> chains,
			JsonMapper json, CheckpointWebhook webhook) {
		this.file = system.resolve(FILE);
		this.key = key;
		this.settings = settings;
		this.chains = chains;
		this.json = json;
		this.webhook = webhook;
		load();
	}

	@Override
	public Optional<Checkpoint> latest(String chain) {
		return Optional.ofNullable(latest.get(chain));
	}

	@Override
	public void appended(String chain, long seq) {
		if (seq % Math.max(1, settings.checkpointEvery()) != 0 || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				chains.orderedStream().filter(c -> c.chainName().equals(chain)).forEach(FileCheckpoints.this::checkpoint);
			}
		});
	}

	@Override
	public void checkpointAll() {
		chains.orderedStream().forEach(this::checkpoint);
	}

	synchronized void checkpoint(CheckpointedChain chain) {
		var name = chain.chainName();
		var head = chain.head();
		var previous = latest.get(name);
		if (previous != null) {
			if (head.seq() == previous.seq() && head.hash().equals(previous.hash())) {
				return;
			}
			if (head.seq() < previous.seq() || !holds(chain, previous)) {
				log.error("The {} chain no longer holds its checkpoint of seq {}: no new checkpoint written", name,
						previous.seq());
				return;
			}
		}
		var at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var unsigned = new Checkpoint(name, head.seq(), head.hash(), head.keyedFrom(), at, null);
		var checkpoint = new Checkpoint(name, head.seq(), head.hash(), head.keyedFrom(), at,
				key.mac(unsigned.sealedText()));
		var line = json.writeValueAsString(checkpoint);
		append(line + "\n");
		latest.put(name, checkpoint);
		log.info("Chain checkpoint {}", line);
		webhook.send(line);
	}

	private static boolean holds(CheckpointedChain chain, Checkpoint checkpoint) {
		return checkpoint.seq() == 0 ? HashChain.GENESIS.equals(checkpoint.hash())
				: chain.hashAt(checkpoint.seq()).filter(checkpoint.hash()::equals).isPresent();
	}

	private void append(String line) {
		try {
			Files.createDirectories(file.getParent());
			try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
				channel.force(false);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not append to " + file, e);
		}
	}

	private void load() {
		if (!Files.exists(file)) {
			return;
		}
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			var refused = lines.filter(line -> !line.isBlank()).filter(line -> !accept(line)).count();
			if (refused > 0) {
				log.warn("{} lines of {} are not checkpoints made with this installation's chain key", refused, file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + file, e);
		}
	}

	private boolean accept(String line) {
		try {
			var checkpoint = json.readValue(line, Checkpoint.class);
			if (checkpoint.mac() == null || !key.verifies(checkpoint.sealedText(), checkpoint.mac())) {
				return false;
			}
			latest.merge(checkpoint.chain(), checkpoint, (a, b) -> b.seq() >= a.seq() ? b : a);
			return true;
		}
		catch (JacksonException | NullPointerException e) {
			return false;
		}
	}
}
