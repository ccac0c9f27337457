/**
 * Risk methods (リスク評価手法): how a risk is scored (likelihood × impact, likelihood + impact, asset value ×
 * threat × vulnerability), the level thresholds, the action each level requires and who accepts a residual risk of
 * that level. Versioned; each published version is a DMN decision the engine evaluates.
 */
package jp.isms.riskmethod;
