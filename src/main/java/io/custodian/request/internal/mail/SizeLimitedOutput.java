package io.custodian.request.internal.mail;

import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until more than the limit were written, then throws {@link TooLarge}, whatever was announced. */
final class SizeLimitedOutput extends OutputStream {

	private final OutputStream out;

	private final long limit;

	private long written;

	SizeLimitedOutput(OutputStream out, long limit) {
		this.out = out;
		this.limit = limit;
	}

	@Override
	public void write(int b) throws IOException {
		count(1);
		out.write(b);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		count(len);
		out.write(b, off, len);
	}

	private void count(int n) throws IOException {
		written += n;
		if (written > limit) {
			throw new TooLarge();
		}
	}

	/** Thrown when a message outgrows the limit while it is written. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("message larger than the limit", null);
		}
	}
}
