/** Use cases of the ISMS scope: its versions, their editing and their approval. */
package jp.isms.scope.application;
