/** The Statement of Applicability page, its line editor, and the management authorisation page. */
package jp.isms.web.soa;
