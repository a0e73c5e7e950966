package org.bellwether.ingest.provisioning;

/**
 * How the topics of one deployment are laid out.
 *
 * @param topicPrefix prefix of every topic name ({@code ""} for none), e.g. {@code city1.}
 * @param replication replication factor of created topics; existing topics with fewer replicas are reported
 * @param partitions  partitions of created topics; existing topics keep theirs (more partitions would move keys)
 * @param dryRun      report what would be done and change nothing
 * @param keepForever every topic keeps its records forever instead of the catalogue's retention: for the
 *                    in-process broker of dev mode and tests, which replay scenarios whose event times (the record
 *                    timestamps retention counts from) lie months back
 */
public record ProvisioningSettings(String topicPrefix, int replication, int partitions, boolean dryRun,
                                   boolean keepForever) {

    public ProvisioningSettings {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be at least 1, was " + replication);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
    }

    /** With the catalogue's retention. */
    public ProvisioningSettings(String topicPrefix, int replication, int partitions, boolean dryRun) {
        this(topicPrefix, replication, partitions, dryRun, false);
    }

    /** The same settings, reporting only. */
    public ProvisioningSettings asDryRun() {
        return new ProvisioningSettings(topicPrefix, replication, partitions, true, keepForever);
    }

    /** The same settings, every topic keeping its records forever. */
    public ProvisioningSettings keepingForever() {
        return new ProvisioningSettings(topicPrefix, replication, partitions, dryRun, true);
    }
}
