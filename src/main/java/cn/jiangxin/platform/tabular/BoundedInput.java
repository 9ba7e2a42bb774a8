package cn.jiangxin.platform.tabular;

import java.io.InputStream;

/** An upload read through a counter that refuses the file once it passes the size limit. */
final class BoundedInput extends CountedInput {

    private final long max;
    private long count;

    BoundedInput(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    void counted(long n) {
        count += n;
        if (count > max) {
            throw new TabularRefused(TabularReader.tooLarge(max));
        }
    }
}
