package dev.amiable.event;

// Placeholder until the catalogue generator writes this file.
final class CatalogEvents {
    private CatalogEvents() {
    }

    static void load(EventRegistry.Loader loader) {
    }
}
