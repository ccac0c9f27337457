/** The register of nonconformities, one corrective action's page and the task form of each of its steps. */
package jp.isms.web.corrective;
