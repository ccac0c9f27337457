/**
 * The REST API under /api: JSON over HTTP Basic, with exactly the rules of the screens because
 * both call the same services with the same actor.
 */
package jp.isms.web.api;
