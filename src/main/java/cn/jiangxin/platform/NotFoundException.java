package cn.jiangxin.platform;

/** The object does not exist, or the caller may not know that it does (both answer 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
