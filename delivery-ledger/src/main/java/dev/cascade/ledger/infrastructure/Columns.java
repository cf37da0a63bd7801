package dev.cascade.ledger.infrastructure;

/**
 * Values cut to their column's size. Telesign's texts are short; a longer one is cut rather than
 * refused, because refusing would lose the status it describes.
 */
final class Columns {

    static final int DESCRIPTION = 512;
    static final int REASON = 1024;
    static final int WARNINGS = 2048;
    static final int EXTERNAL_ID = 128;
    static final int CONTENT_TYPE = 128;

    private Columns() {
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
