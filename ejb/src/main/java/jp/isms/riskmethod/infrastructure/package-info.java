/** JPA repository of method versions and the DMN model generated for each version. */
package jp.isms.riskmethod.infrastructure;
