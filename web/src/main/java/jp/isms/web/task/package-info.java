/** Task forms: the Faces views named by the tasks' formKeys, and the one bean behind them. */
package jp.isms.web.task;
