package io.labelforce.security;

import java.util.UUID;

/**
 * Asked when a member key authenticates (the answer is cached like the key, {@code key-cache-ttl}): a module
 * that issued the key may veto it, e.g. because the member was removed from the team. Keys that a guard does
 * not know stay usable.
 */
public interface MemberKeyGuard {

    /** False if the key's member may no longer act; true for keys this guard did not issue. */
    boolean stillMember(UUID keyId);
}
