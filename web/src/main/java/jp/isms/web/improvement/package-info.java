/** The improvement items screen: recording, acknowledging, tracking and the plan revision. */
package jp.isms.web.improvement;
