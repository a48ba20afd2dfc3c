/**
 * The starter's workings: the auto-configurations (clients, {@code @AmiListener} methods, health,
 * metrics, live state) and what they share. Not API: the application uses the beans and the
 * {@code amiable.*} properties.
 */
package dev.amiable.spring.internal;
