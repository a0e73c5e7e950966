package org.bellwether.processor.cluster;

/** One centroid term: its summed TF-IDF weight and the number of member posts that contain it. */
final class TermEntry {
    double weight;
    int posts;

    TermEntry(double weight, int posts) {
        this.weight = weight;
        this.posts = posts;
    }
}
