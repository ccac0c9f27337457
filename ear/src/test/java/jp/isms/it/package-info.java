/**
 * Integration tests against the real EAR on a managed WildFly, once on the embedded H2 default
 * and once on a throwaway PostgreSQL (see ear/pom.xml). They act as clients do: over HTTP.
 */
package jp.isms.it;
