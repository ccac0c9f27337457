/** The deputies page: naming a deputy for a period, revoking, the record of delegations. */
package jp.isms.web.deputy;
