/**
 * The inbox and what people do with tasks: claim, unclaim, decide. Authorization and the
 * separation of duties are checked here, for the Faces screens and the REST API alike.
 */
package jp.isms.workflow.application;
