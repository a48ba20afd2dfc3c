package dev.amiable.agi;

import dev.amiable.agi.internal.Results;

/**
 * Asterisk's own key-value database ({@code astdb}). Part of {@link AgiChannel}; each method
 * blocks until Asterisk replies; {@code boolean} results are Asterisk's verdict.
 */
public interface AgiDatabase extends AgiSender {

    /** {@code DATABASE GET}: the value, or null when the key does not exist. */
    default String databaseGet(String family, String key) {
        return Results.value(send("DATABASE GET", family, key));
    }

    /** {@code DATABASE PUT}: stores {@code value}. */
    default boolean databasePut(String family, String key, String value) {
        return Results.one(send("DATABASE PUT", family, key, value), "DATABASE PUT");
    }

    /** {@code DATABASE DEL}: false when the key did not exist. */
    default boolean databaseDel(String family, String key) {
        return Results.one(send("DATABASE DEL", family, key), "DATABASE DEL");
    }

    /** {@code DATABASE DELTREE}: deletes a family, or the keys under {@code keyTree} in it (null: all). */
    default boolean databaseDelTree(String family, String keyTree) {
        AgiReply r = keyTree == null ? send("DATABASE DELTREE", family) : send("DATABASE DELTREE", family, keyTree);
        return Results.one(r, "DATABASE DELTREE");
    }
}
