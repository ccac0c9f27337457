/** The controls catalogue page: Annex A 2022 with its 2013 sources, and the clauses 4.1–10.2. */
package jp.isms.web.control;
