package org.gongkai.shared;

/**
 * A change another node made that this node's derived data must follow, published on this node as an application
 * event (outside any transaction) by {@link ClusterChanges}. Listeners take the kinds they follow; the changes of this
 * node itself are never delivered this way (its own events already reached its listeners).
 *
 * @param kind    what changed: {@link #INFORMATION} (a record's public state; {@code subject} is its id),
 *                {@link #CONTENT} (other public content; {@code subject} 1 when record pages show it, else 0) or
 *                {@link #RELOADED} (many records at once)
 * @param subject the id the kind names, or null
 */
public record ClusterChange(String kind, Long subject) {

    public static final String INFORMATION = "information";
    public static final String CONTENT = "content";
    public static final String RELOADED = "reloaded";

    public boolean is(String other) {
        return kind.equals(other);
    }
}
