package vn.tuyengiao.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts bytes as they are read and refuses the file the moment it passes the limit, so
 * an oversized upload costs at most {@code limit + 1} bytes of reading rather than being
 * buffered whole first.
 */
final class LimitedInputStream extends FilterInputStream {

	private static final long MB = 1024L * 1024L;

	private final long limit;

	private final String fileName;

	private long count;

	LimitedInputStream(InputStream in, long limit, String fileName) {
		super(in);
		this.limit = limit;
		this.fileName = fileName;
	}

	@Override
	public int read() throws IOException {
		int b = in.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		// Never ask the source for more than one byte past the limit: that one byte is
		// enough to know it is too big.
		int n = in.read(b, off, (int) Math.min(len, allowance()));
		if (n > 0) {
			add(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = in.skip(Math.min(n, allowance()));
		if (skipped > 0) {
			add(skipped);
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int readlimit) {
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}

	/**
	 * Bytes that may still be read, including the one that proves the file too big; safe
	 * for Long.MAX_VALUE.
	 */
	private long allowance() {
		long remaining = limit - count;
		return remaining == Long.MAX_VALUE ? remaining : remaining + 1;
	}

	private void add(long n) {
		count += n;
		if (count > limit) {
			throw Problem.TOO_LARGE.exception(fileName, megabytes(limit));
		}
	}

	/**
	 * The limit as officials think of it: whole megabytes when it is one, else one
	 * decimal place.
	 */
	static Number megabytes(long bytes) {
		if (bytes % MB == 0) {
			return bytes / MB;
		}
		return Math.round(bytes * 10.0 / MB) / 10.0;
	}

}
