package io.labelforce.storage;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Storage without settings: the service runs, and every call that needs files answers 503 naming what is missing. */
final class UnconfiguredStorage implements ObjectStorage {

    private final List<String> missing;

    UnconfiguredStorage(List<String> missing) {
        this.missing = List.copyOf(missing);
    }

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public String defaultBucket() {
        throw StorageException.notConfigured(missing);
    }

    @Override
    public void put(ObjectRef ref, byte[] content, String contentType) {
        throw StorageException.notConfigured(missing);
    }

    @Override
    public Optional<ObjectInfo> head(ObjectRef ref) {
        throw StorageException.notConfigured(missing);
    }

    @Override
    public List<ObjectInfo> list(String bucket, String prefix, @Nullable String startAfter, int max) {
        throw StorageException.notConfigured(missing);
    }

    @Override
    public void delete(String bucket, Collection<String> keys) {
        throw StorageException.notConfigured(missing);
    }

    @Override
    public URI presignGet(ObjectRef ref) {
        throw StorageException.notConfigured(missing);
    }
}
