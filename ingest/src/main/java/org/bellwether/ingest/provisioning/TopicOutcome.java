package org.bellwether.ingest.provisioning;

import java.util.List;

/**
 * What the provisioner did, or in a dry run would do, to one topic.
 *
 * @param topic   the topic's full name (with the deployment prefix)
 * @param action  created, ok, altered, or wrong (a difference the provisioner does not repair)
 * @param details the configuration created, the changes made, or what is wrong; in order
 * @param dryRun  true when nothing was changed
 */
public record TopicOutcome(String topic, Action action, List<String> details, boolean dryRun) {

    /** What happened to a topic. */
    public enum Action {
        /** The topic did not exist and was created with its configuration. */
        CREATED,
        /** The topic exists as the catalogue wants it. */
        OK,
        /** The topic existed; its retention or {@code min.insync.replicas} were set to the catalogue's. */
        ALTERED,
        /** The topic exists with a cleanup policy or replication the provisioner does not change; see details. */
        WRONG
    }

    public TopicOutcome {
        details = List.copyOf(details);
    }

    /** One line for an operator, e.g. {@code posts.raw: would create (cleanup.policy=delete, ...)}. */
    public String line() {
        String verb = switch (action) {
            case CREATED -> dryRun ? "would create" : "created";
            case OK -> "ok";
            case ALTERED -> dryRun ? "would alter" : "altered";
            case WRONG -> "wrong";
        };
        if (details.isEmpty()) {
            return topic + ": " + verb;
        }
        String joined = String.join(", ", details);
        return action == Action.WRONG ? topic + ": " + verb + ": " + joined : topic + ": " + verb + " (" + joined + ")";
    }
}
