/** Application-level helpers shared by all contexts: message resolution, paging requests. */
package jp.isms.shared.application;
