/** The Spring Boot example: a REST endpoint over the live calls, a listener, health and metrics. */
package dev.amiable.example;
