/** Building blocks every bounded context shares: the failure vocabulary and small value types. */
package jp.isms.shared.domain;
