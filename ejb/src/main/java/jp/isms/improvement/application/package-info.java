/** Recording improvement items, their acknowledgement by the people concerned, progress, result and plan revision. */
package jp.isms.improvement.application;
