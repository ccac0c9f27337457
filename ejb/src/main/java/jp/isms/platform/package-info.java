/**
 * Start-up of the application, in order: database migrations, the embedded process engine, then
 * the first data (the demo company on the embedded default, or one administrator elsewhere).
 */
package jp.isms.platform;
