package io.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A chain started before entries were keyed: its SHA-256 part still verifies, and everything after needs the key. */
class ChainWalkerTests {

	private static final ChainKey KEY = new ChainKey() {
		@Override
		public String mac(String text) {
			try {
				var mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec("test-chain-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
				return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public boolean verifies(String text, String mac) {
			return MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.UTF_8), mac.getBytes(StandardCharsets.UTF_8));
		}
	};

	private Checkpoint checkpoint;

	private final ChainSeal seal = new ChainSeal(KEY, new ChainCheckpoints() {
		@Override
		public Optional<Checkpoint> latest(String chain) {
			return Optional.ofNullable(checkpoint);
		}

		@Override
		public void appended(String chain, long seq) {
		}

		@Override
		public void checkpointAll() {
		}
	});

	private final List<Entry> entries = new ArrayList<>();

	@Test
	void verifiesLegacySha256EntriesAndKeyedEntriesAfterThem() {
		appendLegacy(3);
		appendKeyed(2, 4);
		assertThat(walk(sealedHead(4)).valid()).isTrue();
	}

	@Test
	void acceptsAnUnsealedHeadOnlyBeforeTheFirstKeyedEntry() {
		appendLegacy(3);
		assertThat(walk(new ChainHead(3, last().hash(), 4, null)).valid()).isTrue();
		appendKeyed(1, 4);
		var verdict = walk(new ChainHead(4, last().hash(), 4, null));
		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reason()).contains("not sealed");
	}

	@Test
	void refusesAKeyedEntryRehashedWithSha256() {
		appendLegacy(2);
		appendKeyed(2, 3);
		var forged = entries.get(3);
		entries.set(3, new Entry(4, forged.prev(), HashChain.sha256(forged.content()), forged.content()));
		var verdict = walk(sealedHead(3));
		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.firstBrokenEntry()).isEqualTo(4);
	}

	@Test
	void refusesAnEntryThatDiffersFromTheCheckpoint() {
		appendKeyed(3, 1);
		checkpoint = new Checkpoint("test", 2, "f".repeat(64), 1, Instant.now(), null);
		var verdict = walk(sealedHead(1));
		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.firstBrokenEntry()).isEqualTo(2);
		assertThat(verdict.checkedAgainst()).startsWith("checkpoint file, seq 2");
	}

	private ChainVerification walk(ChainHead head) {
		var walker = seal.walker("test", head);
		entries.forEach(e -> walker.accept(e.seq(), e.prev(), e.hash(), e.content()));
		return walker.finish(false);
	}

	private ChainHead sealedHead(long keyedFrom) {
		return seal.seal("test", last().seq(), last().hash(), keyedFrom);
	}

	private void appendLegacy(int count) {
		for (int i = 0; i < count; i++) {
			var seq = entries.size() + 1L;
			var prev = entries.isEmpty() ? HashChain.GENESIS : last().hash();
			var content = HashChain.encode(prev, seq, "legacy");
			entries.add(new Entry(seq, prev, HashChain.sha256(content), content));
		}
	}

	private void appendKeyed(int count, long keyedFrom) {
		for (int i = 0; i < count; i++) {
			var seq = entries.size() + 1L;
			assertThat(seq).isGreaterThanOrEqualTo(keyedFrom);
			var prev = entries.isEmpty() ? HashChain.GENESIS : last().hash();
			var content = HashChain.encode(prev, seq, "keyed");
			entries.add(new Entry(seq, prev, seal.link(content), content));
		}
	}

	private Entry last() {
		return entries.getLast();
	}

	private record Entry(long seq, String prev, String hash, String content) {
	}
}
