/**
 * The watchlist (what the live sources read and which terms keep a post from a broad stream), its YAML form, the
 * registry of the version in force and its sync through the compacted {@code collector.watchlists} topic: the api
 * publishes an admin's edit, every collector process follows it.
 */
package org.bellwether.ingest.watchlist;
