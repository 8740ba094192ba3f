package io.labelforce.storage;

/** One object: a bucket and a key (no leading slash). */
public record ObjectRef(String bucket, String key) {

    /** {@code /bucket/key}, the OBS-style path ModelArts shows for a file. */
    public String path() {
        return "/" + bucket + "/" + key;
    }
}
