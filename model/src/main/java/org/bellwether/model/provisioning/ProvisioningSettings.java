package org.bellwether.model.provisioning;

/**
 * How the topics of one deployment are laid out.
 *
 * @param topicPrefix prefix of every topic name ({@code ""} for none), e.g. {@code city1.}
 * @param replication replication factor of created topics; existing topics with fewer replicas are reported
 * @param partitions  partitions of created topics; existing topics keep theirs (more partitions would move keys)
 * @param dryRun      report what would be done and change nothing
 */
public record ProvisioningSettings(String topicPrefix, int replication, int partitions, boolean dryRun) {

    public ProvisioningSettings {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be at least 1, was " + replication);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /** The same settings, reporting only. */
    public ProvisioningSettings asDryRun() {
        return new ProvisioningSettings(topicPrefix, replication, partitions, true);
    }
}
