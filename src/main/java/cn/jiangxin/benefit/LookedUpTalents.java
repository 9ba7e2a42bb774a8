package cn.jiangxin.benefit;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The talents a venue has looked up by full ID number in this session, each under a random token: the recording
 * form names the token, never the ID number or the person's id, so a venue records uses only for people it found
 * by their number, and two browser tabs never mix up their talents.
 */
final class LookedUpTalents {

    private static final String ATTRIBUTE = LookedUpTalents.class.getName();
    private static final int KEPT = 50;

    private LookedUpTalents() {
    }

    static String remember(HttpSession session, long personId) {
        LinkedHashMap<String, Long> tokens = tokens(session);
        String token = UUID.randomUUID().toString();
        tokens.put(token, personId);
        while (tokens.size() > KEPT) {
            tokens.remove(tokens.keySet().iterator().next());
        }
        session.setAttribute(ATTRIBUTE, tokens);
        return token;
    }

    static Optional<Long> find(HttpSession session, String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(tokens(session).get(token));
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Long> tokens(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored instanceof LinkedHashMap<?, ?> map ? new LinkedHashMap<>((LinkedHashMap<String, Long>) map)
                : new LinkedHashMap<>();
    }
}
