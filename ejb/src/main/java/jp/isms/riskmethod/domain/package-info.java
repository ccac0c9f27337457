/** The risk method versions and their validation: kinds, scales, level rules. */
package jp.isms.riskmethod.domain;
