package dev.cascade.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Synchronizer tokens against cross-site request forgery: one random token per session, a hidden
 * {@code _csrf} field in every state-changing form, compared in constant time on POST.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = Csrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** This session's token, created on first use. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Whether the request carries this session's token. */
    public static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String presented = request.getParameter(FIELD);
        return expected != null && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
