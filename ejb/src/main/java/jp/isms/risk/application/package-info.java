/** Use cases of risk assessment: the register, its editing and versions, and its approval. */
package jp.isms.risk.application;
