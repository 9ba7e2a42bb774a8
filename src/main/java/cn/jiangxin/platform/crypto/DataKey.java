package cn.jiangxin.platform.crypto;

/** The 16-byte master key for field encryption, with the version written in front of every value made with it. */
record DataKey(int version, byte[] bytes) {

    DataKey {
        if (bytes == null || bytes.length != 16) {
            throw new IllegalArgumentException("the data key must be 16 bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "DataKey[version=" + version + "]";
    }
}
