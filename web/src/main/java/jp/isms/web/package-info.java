/** The web tier: Faces views' beans per use case, the REST API under /api, and sign-in. */
package jp.isms.web;
