package cn.jiangxin.platform.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that reports every byte it passes on, so a limit can stop it (by throwing) as it is read. */
abstract class CountedInput extends FilterInputStream {

    CountedInput(InputStream in) {
        super(in);
    }

    /** Called with the number of bytes just read; throws {@link TabularRefused} to stop. */
    abstract void counted(long n);

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }
}
