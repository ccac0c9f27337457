/** Technical helpers shared by all contexts: settings read from the environment. */
package jp.isms.shared.infrastructure;
