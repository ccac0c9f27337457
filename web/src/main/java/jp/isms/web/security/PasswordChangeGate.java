package jp.isms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A user with an initial or reset password may do nothing but change it: screens are sent to the
 * change-password page; the API answers 403 (see the API's own filter) except for /api/me.
 */
@WebFilter(urlPatterns = "/app/*")
public class PasswordChangeGate extends HttpFilter {

    static final String CHANGE_PASSWORD_PAGE = "/app/account/password.xhtml";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (currentUser.signedIn() && !path.startsWith(CHANGE_PASSWORD_PAGE)
                && currentUser.actor().mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
