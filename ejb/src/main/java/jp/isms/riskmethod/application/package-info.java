/** Publishing risk method versions (CISO) and rating scores with the engine's DMN. */
package jp.isms.riskmethod.application;
