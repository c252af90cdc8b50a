package io.ledgerbridge.demo.host.ui;

/**
 * What a record panel gave for the record on screen: its HTML fragment, or why it is unavailable.
 *
 * @param label the panel's label
 * @param title the panel's title
 * @param html the fragment the panel rendered (escaped by the panel), or {@code null} when it is unavailable
 * @param problem the sentence the screen shows instead, or {@code null}
 */
public record PanelContent(String label, String title, String html, String problem) {
}
