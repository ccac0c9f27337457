/** Small helpers every Faces bean uses: messages in the user's language, the user's locale. */
package jp.isms.web.faces;
