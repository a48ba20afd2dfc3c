/**
 * Actions: {@link dev.amiable.action.AmiAction}, one generated class per AMI action with a
 * builder that enforces required fields, {@link dev.amiable.action.ListAction} for actions whose
 * answer is a list of events, and {@link dev.amiable.action.GenericAction} for anything by name.
 */
package dev.amiable.action;
