package dev.amiable.action;

import java.util.List;

/**
 * Catalogue facts about one action.
 *
 * @param name          the AMI name (e.g. {@code Originate})
 * @param since         the versions that introduced it, one per release branch, as documented
 * @param privilege     the write classes a user needs (empty: none)
 * @param required      the headers the builder insists on
 * @param listItems     the names of its list item events (empty for a plain action)
 * @param listComplete  the name of the event that ends its list, or null
 */
public record ActionInfo(String name, List<String> since, List<String> privilege, List<String> required,
        List<String> listItems, String listComplete) {
}
